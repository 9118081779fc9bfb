/**
 * Split a command line into words the way a POSIX shell would for plain commands (quotes and
 * backslashes), while refusing everything that would need a shell: lists, pipes, redirections,
 * background jobs, command substitution and variables. Nothing here ever reaches a shell; the words
 * become an argv array.
 */

/** Words of a command line, or the reason it was refused. */
export type SplitResult = { ok: true; words: string[] } | { ok: false; reason: string };

const OPERATORS: Record<string, string> = {
  ';': 'command lists (`;`)',
  '|': 'pipes (`|`)',
  '&': 'background jobs and `&&` (`&`)',
  '>': 'redirections (`>`)',
  '<': 'redirections (`<`)',
  '`': 'command substitution (backticks)',
};

function refuse(what: string): SplitResult {
  return {
    ok: false,
    reason: `${what} need a shell, and the lab runs no shell: type one plain command per line`,
  };
}

/** Refusal reason for `$` at `s[i]` outside single quotes, or null when it is a literal `$`. */
function dollarProblem(s: string, i: number): string | null {
  const next = s[i + 1] ?? '';
  if (next === '(') return 'command substitution (`$(…)`)';
  if (next === '{') return 'variables (`${…}`)';
  if (/[A-Za-z_0-9?#@*!$-]/.test(next)) return 'variables (`$NAME`)';
  return null;
}

/** Split `line` into words; see the module comment for what is refused. */
export function splitWords(line: string): SplitResult {
  const words: string[] = [];
  let word: string | null = null;
  let quote: "'" | '"' | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] ?? '';
    if (quote === "'") {
      if (ch === "'") quote = null;
      else word = (word ?? '') + ch;
      continue;
    }
    if (ch === '`') return refuse(OPERATORS['`'] ?? '');
    if (ch === '$') {
      const problem = dollarProblem(line, i);
      if (problem) return refuse(problem);
    }
    if (quote === '"') {
      if (ch === '"') quote = null;
      else if (ch === '\\' && /["\\$`]/.test(line[i + 1] ?? '')) word = (word ?? '') + (line[++i] ?? '');
      else word = (word ?? '') + ch;
      continue;
    }
    const op = OPERATORS[ch];
    if (op) return refuse(op);
    if (/\s/.test(ch)) {
      if (word !== null) words.push(word);
      word = null;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      word ??= '';
    } else if (ch === '\\') {
      word = (word ?? '') + (line[++i] ?? '');
    } else word = (word ?? '') + ch;
  }
  if (quote) return { ok: false, reason: `unterminated ${quote} quote` };
  if (word !== null) words.push(word);
  return { ok: true, words };
}
