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

interface Splitter {
  line: string;
  i: number;
  words: string[];
  word: string | null;
  quote: "'" | '"' | null;
}

const append = (s: Splitter, text: string): void => {
  s.word = (s.word ?? '') + text;
};

/** Inside double quotes: `\` escapes only `"`, `\`, `$` and backtick. */
function doubleQuoted(s: Splitter, ch: string): void {
  if (ch === '"') s.quote = null;
  else if (ch === '\\' && /["\\$`]/.test(s.line[s.i + 1] ?? '')) append(s, s.line[++s.i] ?? '');
  else append(s, ch);
}

/** Outside quotes: operators refused, whitespace splits, quotes open, `\` escapes. */
function unquoted(s: Splitter, ch: string): string | null {
  const op = OPERATORS[ch];
  if (op) return op;
  if (/\s/.test(ch)) {
    if (s.word !== null) s.words.push(s.word);
    s.word = null;
  } else if (ch === "'" || ch === '"') {
    s.quote = ch;
    s.word ??= '';
  } else if (ch === '\\') append(s, s.line[++s.i] ?? '');
  else append(s, ch);
  return null;
}

/** Consume the character at `s.i`; returns what needs a shell, if it does. */
function consume(s: Splitter): string | null {
  const ch = s.line[s.i] ?? '';
  if (s.quote === "'") {
    if (ch === "'") s.quote = null;
    else append(s, ch);
    return null;
  }
  if (ch === '`') return OPERATORS['`'] ?? 'backticks';
  const dollar = ch === '$' ? dollarProblem(s.line, s.i) : null;
  if (dollar) return dollar;
  if (s.quote === '"') {
    doubleQuoted(s, ch);
    return null;
  }
  return unquoted(s, ch);
}

/** Split `line` into words; see the module comment for what is refused. */
export function splitWords(line: string): SplitResult {
  const s: Splitter = { line, i: 0, words: [], word: null, quote: null };
  for (; s.i < line.length; s.i++) {
    const problem = consume(s);
    if (problem) return refuse(problem);
  }
  if (s.quote) return { ok: false, reason: `unterminated ${s.quote} quote` };
  if (s.word !== null) s.words.push(s.word);
  return { ok: true, words: s.words };
}
