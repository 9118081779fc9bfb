/** Counted nouns in English output: `1 note`, `2 notes`, `0 errors`. */

/** `n` and the noun, singular for exactly one (`many` defaults to `one` + `s`). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
