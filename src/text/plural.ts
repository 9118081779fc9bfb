/** Counted nouns in English output: `1 note`, `2 notes`, `0 errors`. */

/** `n` and the noun, singular for exactly one (`many` defaults to `one` + `s`). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** `1 check passes`, `3 checks pass`: a count of checks and the verb that agrees with it. */
export function checksPass(n: number): string {
  return n === 1 ? '1 check passes' : `${n} checks pass`;
}
