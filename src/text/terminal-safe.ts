/**
 * Text from a note (its cards, its file name, a lab command's output) on its way to a terminal: a
 * note is someone's file, and an escape sequence in it would be the terminal's to obey (set the
 * window title, write the clipboard through OSC 52, move the cursor over what bokseup shows). Every
 * control character but tab and newline is shown as its visible stand-in instead: ␛ for ESC, ␇ for
 * BEL, ␀ for NUL (the Control Pictures block), ␡ for DEL, � for a C1 control.
 */

/** C0 controls, DEL and C1 controls (tab and newline are text). */
// eslint-disable-next-line no-control-regex -- finding control characters is this module's job
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;
const CONTROLS = new RegExp(CONTROL.source, 'gu');
/** What `terminalSafe` looks at: a colour (SGR) sequence, a CRLF line end, or a control character. */
const OUTPUT_PARTS = new RegExp(`\u001b\\[[0-9;]*m|\r\n|${CONTROL.source}`, 'gu');

function standIn(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  return code === 0x7f ? '\u2421' : '\ufffd';
}

/** `text` with every control character (a CR before a newline too: the TUI lays out lines) made visible. */
export function printable(text: string): string {
  if (!CONTROL.test(text)) return text;
  return text.replace(/\r\n/g, '\n').replace(CONTROLS, standIn);
}

/**
 * bokseup's own output line by line as it goes to stdout or stderr: its colours (SGR sequences,
 * `ESC [ … m`) and line ends (`\r\n` of a calendar file, of a CRLF note's diff) pass; any other
 * control character, which can only have come from a note, is made visible as `printable` does.
 */
export function terminalSafe(text: string): string {
  if (!CONTROL.test(text)) return text;
  return text.replace(OUTPUT_PARTS, (m) => (m.length > 1 ? m : standIn(m)));
}
