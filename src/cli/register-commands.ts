/** Declares every subcommand (names, arguments, options) and where its handler lives. */
import { Option, type Command } from 'commander';
import { usageError } from '../text/user-error.js';
import type { Handler, Runner } from './handler.js';

const STAGES = ['d1', 'd4', 'd7', 'd14', 'long-term'];

/** `--days 7` → 7; anything else is a usage error. */
export function parseCount(name: string): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw usageError(`${name} takes a whole number ≥ 0, not "${value}"`);
    return n;
  };
}

/**
 * A handler loaded on first use. Each command's module is named literally so a bundler keeps it
 * a separate chunk: `due` never loads what `review` needs (ink, React).
 */
function load<M>(importModule: () => Promise<M>, name: keyof M & string) {
  return async (): Promise<Handler> => (await importModule())[name] as Handler;
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

export function registerCommands(program: Command, run: Runner): void {
  program
    .command('ingest')
    .description('sync the vault into the database')
    .action(run(load(() => import('./commands/ingest.js'), 'runIngest')));
  program
    .command('due')
    .description('notes due today (or within N days)')
    .option('--days <n>', 'look N days ahead', parseCount('--days'), 0)
    .option('--count', 'print only how many notes are due (for a shell prompt)')
    .action(run(load(() => import('./commands/due.js'), 'runDue')));
  program
    .command('regen')
    .description('recompute the derived frontmatter fields')
    .argument('[paths...]', 'notes (default: every note of the vault)')
    .option('--dry-run', 'print a unified diff, write nothing')
    .option('--check', 'list stale notes and exit 1 if any')
    .option('--add-missing', 'also add derived keys the note lacks')
    .action(run(load(() => import('./commands/regen.js'), 'runRegen')));
  program
    .command('review')
    .description('the daily review (terminal UI)')
    .option('--limit <n>', 'at most N cards (default 200; 0: no limit)', parseCount('--limit'))
    .option('--note <path>', 'review only this note')
    .action(run(load(() => import('./commands/review.js'), 'runReview')));
  program
    .command('mark')
    .description('record a milestone review done outside the TUI, or take back the last one')
    .argument('<path>', 'the note')
    .addOption(new Option('--stage <stage>', 'milestone').choices(STAGES))
    .option('--undo', "take back the note's last mark")
    .action(run(load(() => import('./commands/mark.js'), 'runMark')));
  program
    .command('new')
    .description("create a note from the profile's template (first study = today)")
    .argument('<title>', 'note title, or folder/title inside the vault (a trailing .md is dropped)')
    .option('--subject <subject>', 'subject')
    .option('--profile <id>', "profile: ko or en (default: the vault config's profile, else ko)")
    .action(run(load(() => import('./commands/new.js'), 'runNew')));
  program
    .command('stats')
    .description('review heatmap, retention, forecast, per-note progress')
    .action(run(load(() => import('./commands/stats.js'), 'runStats')));
  program
    .command('calendar')
    .description('export due reviews as an iCalendar file with alarms')
    .option('--out <file>', 'write to FILE (default: stdout)')
    .option('--days <n>', 'how many days ahead', parseCount('--days'), 30)
    .action(run(load(() => import('./commands/calendar.js'), 'runCalendar')));
  program
    .command('doctor')
    .description('diagnose notes: bad YAML, missing fields, double-encoding')
    .argument('[paths...]', 'notes (default: every note of the vault)')
    .option(
      '--fix-encoding',
      'repair double-encoded, UTF-16 and CP949 notes (shows the diff; keeps a backup)',
    )
    .option('--dry-run', 'with --fix-encoding: show the repairs, write nothing')
    .option('-y, --yes', 'with --fix-encoding: write the repairs without asking')
    .option('--mark', 'with --fix-encoding: wrap doubtful guesses in the note (<mark>) for checking')
    .action(run(load(() => import('./commands/doctor.js'), 'runDoctor')));
  program
    .command('config')
    .description('every setting, its value and where it came from (flag, env, config file, default)')
    .action(run(load(() => import('./commands/config.js'), 'runConfig')));
  registerLab(program, run);
}

function registerLab(program: Command, run: Runner): void {
  const lab = program.command('lab').description('hands-on labs checked in a network-namespace sandbox');
  lab
    .command('list')
    .description('notes with labs, their steps and commands')
    .action(run(load(() => import('./commands/lab.js'), 'runLabList')));
  lab
    .command('try')
    .description('run your commands for one step in a sandbox and check the result')
    .argument('<note>', 'the note')
    .requiredOption('--step <n>', 'lab step number', parseCount('--step'))
    .option('--answer <command>', 'a command (repeatable; default: one per line on stdin)', collect)
    .action(run(load(() => import('./commands/lab.js'), 'runLabTry')));
  lab
    .command('demo')
    .description("replay the note's own commands step by step")
    .argument('<note>', 'the note')
    .action(run(load(() => import('./commands/lab.js'), 'runLabDemo')));
  lab
    .command('check')
    .description('compare this machine (read-only) with the lab reference after a step')
    .argument('<note>', 'the note')
    .option('--step <n>', 'lab step number (default: the last)', parseCount('--step'))
    .action(run(load(() => import('./commands/lab.js'), 'runLabCheck')));
}
