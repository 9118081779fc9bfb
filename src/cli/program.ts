/**
 * The commander program: global options, one subcommand per file under ./commands, loaded lazily
 * so that a command never loads what another needs (no ink/React outside `review`).
 */
import { Command, CommanderError, Option } from 'commander';
import { terminalSafe } from '../text/terminal-safe.js';
import { UserError } from '../text/user-error.js';
import type { Environment } from './context.js';
import { ExitCode, exitCodeFor } from './exit-codes.js';
import type { Runner } from './handler.js';
import { resolveContext, type GlobalOptions } from './resolve-context.js';
import { addExamples } from './command-examples.js';
import { registerCommands } from './register-commands.js';
import { describeUnexpected } from './unexpected-error.js';

function buildProgram(environment: Environment, setCode: (code: number) => void): Command {
  const program = new Command('bokseup')
    .description('Spaced-repetition review of Obsidian-style Markdown study notes, in the terminal.')
    .version('0.1.0')
    .option(
      '--vault <dir>',
      "vault folder (env BOKSEUP_VAULT; default: the vault you are in, the global config's vault, else ./notes)",
      undefined,
    )
    .option(
      '--db <file>',
      "SQLite database (env BOKSEUP_DB; default: the vault config's database, else one per vault in ~/.local/share/bokseup)",
      undefined,
    )
    .option('--now <iso>', 'pretend the local time is this ISO-8601 time (env BOKSEUP_NOW)')
    .addOption(new Option('--tz <zone>', "IANA time zone (env BOKSEUP_TZ; default: the machine's zone)"))
    .option('--json', 'machine-readable output on listing commands')
    .option('--no-color', 'no colours (NO_COLOR is honoured too)')
    .option('--follow-links', 'write a symlinked note even when its target is outside the vault')
    .showHelpAfterError('(run with --help for usage)')
    // Each command's --help lists the global options too (they work before or after its name).
    .configureHelp({ showGlobalOptions: true })
    .exitOverride()
    .configureOutput({
      writeOut: (s) => environment.io.stdout(s),
      writeErr: (s) => environment.io.stderr(s),
      // One error prefix everywhere: commander's own errors read like bokseup's.
      outputError: (s, write) => write(s.replace(/^error: /, 'bokseup: ')),
    });
  const run: Runner =
    (load) =>
    async (...args) => {
      const command = args[args.length - 1] as Command;
      const ctx = await resolveContext(command.optsWithGlobals<GlobalOptions>(), environment);
      const handler = await load();
      setCode(await handler(ctx, ...(args.slice(0, -1) as never[])));
    };
  registerCommands(program, run);
  addExamples(program);
  return program;
}

/**
 * Parse argv (without node and script) and run the command. Resolves to the exit code. Everything
 * the commands print passes `terminalSafe`: a note's escape sequences reach no terminal.
 */
export async function runCli(argv: string[], outside: Environment): Promise<number> {
  const { stdout, stderr } = outside.io;
  const io = {
    ...outside.io,
    stdout: (t: string) => stdout(terminalSafe(t)),
    stderr: (t: string) => stderr(terminalSafe(t)),
  };
  const environment: Environment = { ...outside, io };
  let code: number = ExitCode.ok;
  const program = buildProgram(environment, (c) => (code = c));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    return exitCodeOf(error, environment);
  }
}

function exitCodeOf(error: unknown, environment: Environment): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return ExitCode.ok;
    if (error.code === 'commander.help') return ExitCode.ok;
    return ExitCode.usage;
  }
  if (error instanceof UserError) {
    for (const line of error.message.split('\n')) environment.io.stderr(`bokseup: ${line}\n`);
    return exitCodeFor(error.kind);
  }
  const report = describeUnexpected(error);
  environment.io.stderr(`bokseup: ${report.line}\n`);
  if (environment.env.BOKSEUP_DEBUG) environment.io.stderr(`${(error as Error).stack ?? String(error)}\n`);
  return report.code;
}
