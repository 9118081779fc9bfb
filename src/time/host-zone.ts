/**
 * The machine's zone, found the way ICU finds it on Linux and macOS but without loading ICU's
 * locale data (~27 ms): TZ when it names a zone, else the target of the /etc/localtime link
 * (`/usr/share/zoneinfo/Asia/Seoul`, `/var/db/timezone/zoneinfo/Asia/Seoul`).
 */

/**
 * The zone name in a zoneinfo path or link target, or null when it names none (or a leap-second
 * `right/` zone, which is left to ICU). `posix/X` is the same zone as `X`.
 */
export function zoneOfLocaltimeLink(target: string): string | null {
  const zone = /(?:^|\/)zoneinfo\/(.+)$/.exec(target)?.[1];
  if (zone === undefined || zone.startsWith('right/')) return null;
  return zone.startsWith('posix/') ? zone.slice('posix/'.length) : zone;
}

/**
 * The zone the TZ variable and /etc/localtime name: TZ as a name (`Asia/Seoul`, `:Asia/Seoul`;
 * returned as is, POSIX rules such as `KST-9` included: the caller checks it), TZ as a zoneinfo
 * file (`:/usr/share/zoneinfo/Asia/Seoul`, `:/etc/localtime`), or, when TZ is unset or empty, the
 * /etc/localtime link. `readLink` gives a link's target, null when the path is no link. Null when
 * no name can be read (a copied zoneinfo file: only ICU can tell which zone it is).
 */
export function machineZoneName(
  tzVariable: string | undefined,
  readLink: (path: string) => string | null,
): string | null {
  const tz = tzVariable ?? '';
  if (tz !== '' && !tz.startsWith(':/')) return tz.startsWith(':') ? tz.slice(1) : tz;
  const file = tz === '' ? '/etc/localtime' : tz.slice(1);
  const target = readLink(file);
  return zoneOfLocaltimeLink(file) ?? (target === null ? null : zoneOfLocaltimeLink(target));
}
