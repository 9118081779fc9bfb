/**
 * Paths on the kernel's own file systems (`/proc`, `/sys`, `/dev`): no vault or database lives
 * there, and walking or reading them can take forever (`/proc` holds a folder per process and
 * thread, with links back into itself; reading some files blocks or spins).
 */

/** Mount points of the kernel file systems bokseup refuses. */
export const KERNEL_ROOTS: readonly string[] = ['/proc', '/sys', '/dev'];

/** True when the absolute, resolved path `abs` is one of them or lies inside one. */
export function isKernelPath(abs: string): boolean {
  return KERNEL_ROOTS.some((root) => abs === root || abs.startsWith(`${root}/`));
}
