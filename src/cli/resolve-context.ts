/**
 * Turn the raw global options (flags, then env, then the config files, then defaults) into a
 * CommandContext: the vault, its database and settings (config/), the clock.
 */
import { resolveConfig } from '../config/resolve-config.js';
import { isTimeZone, parseNow } from '../time/clock.js';
import type { CommandContext, Environment } from './context.js';
import { usageError } from '../text/user-error.js';

export interface GlobalOptions {
  vault?: string;
  db?: string;
  now?: string;
  tz?: string;
  json?: boolean;
  color?: boolean;
  followLinks?: boolean;
}

/** The machine's zone; a usage error when it has no IANA name. */
function machineZone(environment: Environment): string {
  const tz = environment.processTz();
  if (tz === undefined || !isTimeZone(tz)) {
    const from = environment.env.TZ ? ` (TZ=${environment.env.TZ})` : '';
    throw usageError(
      `this machine's time zone${from} has no IANA name: give one with --tz or BOKSEUP_TZ, such as Asia/Seoul`,
    );
  }
  return tz;
}

export async function resolveContext(opts: GlobalOptions, environment: Environment): Promise<CommandContext> {
  const { env, cwd } = environment;
  const given = opts.tz ?? env.BOKSEUP_TZ;
  if (given !== undefined && !isTimeZone(given))
    throw usageError(`--tz: unknown time zone "${given}" (use an IANA name such as Asia/Seoul)`);
  // Otherwise the machine's zone is asked for only when a command needs it (`lab try` never does).
  let tz = given;
  const zone = (): string => (tz ??= machineZone(environment));
  const nowText = opts.now ?? env.BOKSEUP_NOW;
  let now = environment.realNow;
  if (nowText !== undefined && nowText !== '') {
    const parsed = parseNow(nowText, zone());
    if (!parsed)
      throw usageError(`--now: "${nowText}" is not an ISO-8601 local time such as 2024-10-27T14:01`);
    now = parsed;
  }
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  const config = await resolveConfig({ flags: { vault: opts.vault, db: opts.db }, env, cwd });
  return {
    vault: config.vault,
    db: config.db,
    settings: config.settings,
    config,
    clock: {
      now,
      get tz() {
        return zone();
      },
    },
    tzSource:
      opts.tz !== undefined
        ? { kind: 'flag', detail: '--tz' }
        : env.BOKSEUP_TZ !== undefined
          ? { kind: 'env', detail: 'BOKSEUP_TZ' }
          : { kind: 'default', detail: "the machine's zone" },
    json: opts.json === true,
    color: opts.color !== false && !noColor && environment.io.isTTY,
    cwd,
    io: environment.io,
    ...(opts.followLinks === true ? { followLinks: true } : {}),
  };
}
