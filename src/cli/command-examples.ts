/** A few examples under each command's `--help`, the way git and gh show them. */
import type { Command } from 'commander';

export const EXAMPLES: Readonly<Record<string, readonly string[]>> = {
  ingest: ['bokseup ingest', 'bokseup --vault ~/Obsidian/MyVault ingest --json'],
  due: ['bokseup due', 'bokseup due --days 7', 'bokseup due --count        # one number, for a shell prompt'],
  regen: ['bokseup regen --check', 'bokseup regen --dry-run ARP', 'bokseup regen "Study/Linux/ARP.md"'],
  review: ['bokseup review', 'bokseup review --limit 50', 'bokseup review --note ARP'],
  mark: ['bokseup mark ARP --stage d4', 'bokseup mark "Study/Linux/ARP.md" --stage long-term'],
  new: ['bokseup new "ARP" --subject Network', 'bokseup new "Study/Linux/ip 명령" --subject Linux'],
  stats: ['bokseup stats', 'bokseup stats --json'],
  calendar: ['bokseup calendar --out ~/bokseup.ics', 'bokseup calendar --days 7'],
  doctor: ['bokseup doctor', 'bokseup doctor --fix-encoding "Linux 네트워크 네임스페이스"'],
  config: ['bokseup config', 'bokseup --vault ~/Obsidian/MyVault config --json'],
  list: ['bokseup lab list'],
  try: ['bokseup lab try "Linux 네트워크 네임스페이스" --step 2 --answer "ip netns add red"'],
  demo: ['bokseup lab demo "Linux 네트워크 네임스페이스"'],
  check: ['bokseup lab check "Linux 네트워크 네임스페이스"'],
};

/** Add the examples of every command below `program` to its help. */
export function addExamples(program: Command): void {
  for (const command of program.commands) {
    const lines = EXAMPLES[command.name()];
    if (lines) command.addHelpText('after', `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`);
    addExamples(command);
  }
}
