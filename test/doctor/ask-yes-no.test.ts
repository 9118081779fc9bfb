import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { yesNoReader } from '../../src/doctor/index.js';

function reader(input: string) {
  const stream = new PassThrough();
  const asked: string[] = [];
  const r = yesNoReader(stream, (q) => asked.push(q));
  stream.end(input);
  return { r, asked };
}

describe('yesNoReader', () => {
  it('takes only an explicit yes, one answer per question, answers typed ahead kept', async () => {
    const { r, asked } = reader('y\n\nno\n예\nYES\n');
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await r.ask(`q${i}? `));
    expect(answers).toEqual([true, false, false, true, true]);
    expect(asked).toEqual(['q0? ', 'q1? ', 'q2? ', 'q3? ', 'q4? ']);
    r.close();
  });

  it('the end of input is a no', async () => {
    const { r } = reader('');
    expect(await r.ask('write? ')).toBe(false);
    expect(await r.ask('again? ')).toBe(false);
  });
});
