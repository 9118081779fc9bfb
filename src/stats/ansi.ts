/**
 * ANSI styling that switches off cleanly: with `color` false every helper returns the text
 * unchanged, so the caller's NO_COLOR decision is the only switch.
 */

/** A 256-colour foreground (`38;5;n`) around `text`, or `text` itself when colour is off. */
export function fg256(text: string, colour: number, color: boolean): string {
  return color && text !== '' ? `\u001b[38;5;${colour}m${text}\u001b[0m` : text;
}

/** Bold text, or `text` itself when colour is off. */
export function bold(text: string, color: boolean): string {
  return color && text !== '' ? `\u001b[1m${text}\u001b[0m` : text;
}
