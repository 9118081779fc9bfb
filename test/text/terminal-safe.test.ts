import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { printable, terminalSafe } from '../../src/text/index.js';

// eslint-disable-next-line no-control-regex -- what the tests look for
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;
/** Text with controls, escape sequences, CRLF, Hangul and emoji mixed in. */
const hostile = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '\u001b]0;title\u0007',
        '\u001b]52;c;aGk=\u0007',
        '\u001b[2J',
        '\u001b[31m',
        '\r\n',
        '\r',
        '\t',
        '\n',
      ),
      fc.constantFrom('노트', '🟩', 'a', ' ', '\u0000', '\u007f', '\u0085', '\u009b', '\u001b'),
    ),
  )
  .map((parts) => parts.join(''));

describe('printable', () => {
  it('leaves text without control characters as it is', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }).filter((s) => !CONTROL.test(s)),
        (s) => printable(s) === s,
      ),
    );
  });

  it('leaves no control character but tab and newline, and keeps every other character', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const out = printable(s);
        expect(out).not.toMatch(CONTROL);
        expect(out.replace(/[␀-␟␡\ufffd]/gu, '')).toBe(
          s.replace(/\r\n/g, '\n').replace(new RegExp(CONTROL.source, 'gu'), ''),
        );
      }),
    );
  });

  it('shows each control as its stand-in', () => {
    expect(printable('a\u001b]0;x\u0007b\u0000\u007f\u0085\r\nc\rd')).toBe('a␛]0;x␇b␀␡\ufffd\nc␍d');
  });
});

describe('terminalSafe', () => {
  it("keeps bokseup's colours and CRLF line ends, and shows every other control", () => {
    expect(terminalSafe('\u001b[1mbold\u001b[0m\r\n')).toBe('\u001b[1mbold\u001b[0m\r\n');
    expect(terminalSafe('a\u001b]0;x\u0007\u001b[2J\rb')).toBe('a␛]0;x␇␛[2J␍b');
  });

  it('lets no control character through but tab, newline, a CR before a newline and an SGR escape', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        // eslint-disable-next-line no-control-regex -- SGR sequences and CRLF, the allowed controls
        const rest = terminalSafe(s).replace(/\u001b\[[0-9;]*m|\r\n/gu, '');
        expect(rest).not.toMatch(CONTROL);
      }),
    );
  });
});
