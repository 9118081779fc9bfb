/** Turn the raw global options (flags, then env, then defaults) into a CommandContext. */
import path from 'node:path';
import { isTimeZone, parseNow } from '../time/clock.js';
import type { CommandContext, Environment } from './context.js';
import { usageError } from './exit-codes.js';

export interface GlobalOptions {
  vault?: string;
  db?: string;
  now?: string;
  tz?: string;
  json?: boolean;
  color?: boolean;
}

export function resolveContext(opts: GlobalOptions, environment: Environment): CommandContext {
  const { env, cwd } = environment;
  const given = opts.tz ?? env.BOKSEUP_TZ;
  if (given !== undefined && !isTimeZone(given))
    throw usageError(`--tz: unknown time zone "${given}" (use an IANA name such as Asia/Seoul)`);
  // A TZ variable naming a zone is the process zone (ICU reads it too); other forms (`:/etc/localtime`,
  // POSIX rules such as `KST-9`) are left to ICU.
  const host = given ?? (env.TZ !== undefined && env.TZ !== '' && isTimeZone(env.TZ) ? env.TZ : undefined);
  if (host !== undefined) environment.useZone(host);
  // Otherwise the process zone is asked for only when a command needs it: asking ICU loads its
  // locale data, ~27 ms that `lab try` (which never formats a date) need not pay.
  let tz = host;
  const zone = (): string => (tz ??= environment.processTz());
  const nowText = opts.now ?? env.BOKSEUP_NOW;
  let now = environment.realNow;
  if (nowText !== undefined && nowText !== '') {
    const parsed = parseNow(nowText, zone());
    if (!parsed)
      throw usageError(`--now: "${nowText}" is not an ISO-8601 local time such as 2024-10-27T14:01`);
    now = parsed;
  }
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  return {
    vault: path.resolve(cwd, opts.vault ?? env.BOKSEUP_VAULT ?? 'notes'),
    db: path.resolve(cwd, opts.db ?? env.BOKSEUP_DB ?? path.join('data', 'bokseup.db')),
    clock: {
      now,
      get tz() {
        return zone();
      },
    },
    json: opts.json === true,
    color: opts.color !== false && !noColor && environment.io.isTTY,
    cwd,
    io: environment.io,
  };
}
