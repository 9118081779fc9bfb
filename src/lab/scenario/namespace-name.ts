/**
 * Namespace names and paths in the lab's commands. Every namespace an Action carries ends up in
 * `/run/netns/<name>` inside the sandbox, so it must be a plain name, never a path; and no argument
 * of an understood command may be a path (the lab names things, it does not open files).
 */

/** A path-like word (`/…` or containing `..`): never a namespace name, nor an argument in the lab. */
export const isPathLike = (word: string): boolean => word.startsWith('/') || word.includes('..');

/** Why a path-like word is refused. */
export const pathRefusal = (word: string): string =>
  `paths like \`${word}\` are not allowed in the lab: name namespaces by name`;

/**
 * Why `name` cannot name a namespace, or null when it can: only letters, digits, `_`, `-` and `.`,
 * and never `.` or `..` alone.
 */
export function namespaceNameProblem(name: string): string | null {
  if (isPathLike(name)) return pathRefusal(name);
  if (name === '.' || !/^[A-Za-z0-9_.-]+$/.test(name)) {
    return `\`${name}\` is not a namespace name: use only letters, digits, \`_\`, \`-\` and \`.\``;
  }
  return null;
}
