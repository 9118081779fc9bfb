import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeNote, readNoteFile } from '../../src/vault/index.js';

const dir = mkdtempSync(join(tmpdir(), 'bokseup-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readNoteFile', () => {
  it('returns the bytes and the text, keeping a BOM and CRLF', () => {
    const file = join(dir, 'bom.md');
    writeFileSync(file, '\uFEFF---\r\n제목: 네임스페이스\r\n---\r\n');
    const read = readNoteFile(file);
    expect(read.text).toBe('\uFEFF---\r\n제목: 네임스페이스\r\n---\r\n');
    expect(read.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(read.encodingError).toBeUndefined();
  });

  it('gives the 1-based line of the first byte that is not UTF-8', () => {
    const cp949 = Buffer.from([0xc7, 0xd1, 0xb1, 0xdb]); // "한글" in CP949
    const bytes = Buffer.concat([Buffer.from('첫 줄\n둘째 줄\n셋째 '), cp949, Buffer.from('\n')]);
    const read = decodeNote(bytes);
    expect(read.text).toBeNull();
    expect(read.encodingError?.line).toBe(3);
    expect(read.encodingError?.message).toMatch(/0xc7 at line 3/);
  });

  it('rejects overlong encodings, lone surrogates and truncated sequences at the right line', () => {
    expect(decodeNote(Buffer.from([0x61, 0x0a, 0xc0, 0xaf])).encodingError?.line).toBe(2);
    expect(decodeNote(Buffer.from([0x0a, 0x0a, 0xed, 0xa0, 0x80])).encodingError?.line).toBe(3);
    expect(decodeNote(Buffer.from([0xea, 0xb0])).encodingError?.line).toBe(1);
  });

  it('throws on a missing file (an I/O error, not an encoding one)', () => {
    expect(() => readNoteFile(join(dir, 'missing.md'))).toThrow(/ENOENT/);
  });
});

describe('decodeNote agrees with a fatal TextDecoder', () => {
  it('on random bytes and on UTF-8 with a few bytes flipped', () => {
    const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    const reference = (b: Buffer): string | null => {
      try {
        return strict.decode(b);
      } catch {
        return null;
      }
    };
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 40 }),
      fc
        .tuple(fc.string({ unit: 'binary', maxLength: 20 }), fc.nat(60), fc.integer({ min: 0x80, max: 0xff }))
        .map(([s, at, b]) => {
          const u = Buffer.from(`\ufeff${s}`);
          if (u.length > 0) u[at % u.length] = b;
          return u;
        }),
    );
    fc.assert(
      // A NUL can make valid UTF-8 a UTF-16 note (the doctor converts those): not this property's case.
      fc.property(bytes, (raw) => {
        const b = Buffer.from(raw);
        fc.pre(!b.includes(0));
        expect(decodeNote(b).text).toBe(reference(b));
      }),
      { numRuns: 2000 },
    );
  });
});
