/**
 * The zone of the machine, read the way ICU reads it on Linux and macOS when TZ is not set: from
 * the target of the /etc/localtime symlink (`/usr/share/zoneinfo/Asia/Seoul`,
 * `/var/db/timezone/zoneinfo/Asia/Seoul`). Asking ICU itself costs ~27 ms of locale data.
 */

/**
 * The zone name in a /etc/localtime link target, or null when the target names none (or a
 * leap-second `right/` zone, which is left to ICU). `posix/X` is the same zone as `X`.
 */
export function zoneOfLocaltimeLink(target: string): string | null {
  const zone = /(?:^|\/)zoneinfo\/(.+)$/.exec(target)?.[1];
  if (zone === undefined || zone.startsWith('right/')) return null;
  return zone.startsWith('posix/') ? zone.slice('posix/'.length) : zone;
}
