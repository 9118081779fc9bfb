import { describe, expect, it } from 'vitest';
import {
  labGrade,
  sessionReducer,
  type SessionAction,
  createSession,
  type SessionState,
} from '../../src/quiz/index.js';
import { at, card, labVerdict, note } from './fixtures.js';

const run = (s: SessionState, ...actions: SessionAction[]) => actions.reduce(sessionReducer, s);
const type = (text: string): SessionAction => ({ type: 'lab-type', text });
const labCard = card('a', 1, { kind: 'lab', labStep: 2 });
const onLab = () =>
  run(createSession([note('a', 0, { cards: [labCard, card('a', 2)] })], at(0)), { type: 'start', at: at(0) });
const fail = labVerdict(false, 'veth0 is down');
const pass = labVerdict(true, 'ok');

describe('lab reducer', () => {
  it('splits typed text into lines; an empty line submits only when there are lines', () => {
    let s = run(onLab(), type('\n'), type('  '), type('\r'));
    expect(s.lab).toMatchObject({ phase: 'input', lines: [], draft: '' });
    s = run(s, type('ip link add veth0\ttype veth\r\nip -br link'), type('\n'));
    expect(s.lab).toMatchObject({
      phase: 'input',
      lines: ['ip link add veth0 type veth', 'ip -br link'],
      draft: '',
    });
    s = run(s, type('\n'), type('ignored'));
    expect(s.lab.phase).toBe('checking');
    expect(s.lab.lines).toHaveLength(2);
  });

  it('a pasted chunk with DEL and BS inside erases as it goes (a real terminal sends one chunk)', () => {
    const s = run(onLab(), type('ip -br lonk\u007f\u007f\u007fink\rip a\bb\r\r'));
    expect(s.lab).toMatchObject({ phase: 'checking', lines: ['ip -br link', 'ip b'] });
  });

  it('Backspace erases a character (a whole Hangul syllable), then reopens the last line', () => {
    const s = run(onLab(), type('ip a\n한글'), { type: 'lab-erase' });
    expect(s.lab).toMatchObject({ lines: ['ip a'], draft: '한' });
    const t = run(s, { type: 'lab-erase' }, { type: 'lab-erase' });
    expect(t.lab).toMatchObject({ lines: [], draft: 'ip a' });
  });

  it('ignores a verdict for another card, grades Good on a first pass', () => {
    const checking = run(onLab(), type('ip link\n\n'));
    expect(run(checking, { type: 'lab-result', cardId: 'other', verdict: pass })).toBe(checking);
    const passed = run(checking, { type: 'lab-result', cardId: 'a:c1', verdict: pass });
    expect(labGrade(passed.lab)).toBe(3);
    const next = run(passed, { type: 'lab-continue', at: at(9) });
    expect(next.grades).toEqual([{ cardId: 'a:c1', noteId: 'a', grade: 3, at: at(9), durationMs: 9000 }]);
    expect(next.lab.phase).toBe('input');
  });

  it('a failure then retry and pass grades Hard; giving up grades Again and requeues', () => {
    const failed = run(onLab(), type('ip link\n\n'), { type: 'lab-result', cardId: 'a:c1', verdict: fail });
    expect(labGrade(failed.lab)).toBe(1);
    const gaveUp = run(failed, { type: 'lab-continue', at: at(3) });
    expect(gaveUp.grades.map((g) => g.grade)).toEqual([1]);
    expect(gaveUp.queue.map((e) => e.cardId)).toEqual(['a:c2', 'a:c1']);
    const retried = run(failed, { type: 'lab-retry' });
    expect(retried.lab).toMatchObject({ phase: 'input', lines: [], draft: '', failures: 1 });
    const passed = run(retried, type('ip link set veth0 up\n\n'), {
      type: 'lab-result',
      cardId: 'a:c1',
      verdict: pass,
    });
    expect(labGrade(passed.lab)).toBe(2);
  });

  it('refused input (a typo) is not a failed try: the lines stay to fix, and a pass then grades Good', () => {
    const refused = labVerdict(false, 'Step 2: nothing ran — 1 command refused', {
      refused: [{ command: 'ip link set veth0 up;', reason: '`;` is not allowed' }],
    });
    const typo = type('ip link set veth0 up;\n\n');
    const shown = run(onLab(), typo, { type: 'lab-result', cardId: 'a:c1', verdict: refused });
    expect(shown.lab).toMatchObject({ phase: 'verdict', failures: 0 });
    const retried = run(shown, { type: 'lab-retry' });
    expect(retried.lab).toMatchObject({ phase: 'input', lines: ['ip link set veth0 up;'], failures: 0 });
    const fixed = run(retried, { type: 'lab-erase' }, { type: 'lab-erase' }, type('\n\n'), {
      type: 'lab-result',
      cardId: 'a:c1',
      verdict: pass,
    });
    expect(fixed.lab.lines).toEqual(['ip link set veth0 up']);
    expect(labGrade(fixed.lab)).toBe(3);
  });

  it('does not skip or undo while a check is running', () => {
    const checking = run(onLab(), type('ip link\n\n'));
    expect(run(checking, { type: 'skip', at: at(2) })).toBe(checking);
    expect(run(checking, { type: 'undo', at: at(2) })).toBe(checking);
    expect(run(checking, { type: 'lab-retry' })).toBe(checking);
  });

  it('lab actions do nothing on a question card', () => {
    const q = run(onLab(), { type: 'skip', at: at(1) });
    expect(run(q, type('ip link'))).toBe(q);
  });
});
