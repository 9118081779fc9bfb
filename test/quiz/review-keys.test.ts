import { describe, expect, it } from 'vitest';
import {
  keyIntent,
  type KeyFlags,
  sessionReducer,
  createSession,
  type SessionState,
} from '../../src/quiz/index.js';
import { at, card, note } from './fixtures.js';

const none: KeyFlags = {
  return: false,
  escape: false,
  ctrl: false,
  meta: false,
  backspace: false,
  delete: false,
};
const t = at(7);
const press = (s: SessionState, input: string, key: Partial<KeyFlags> = {}, labChecks = true) =>
  keyIntent(s, input, { ...none, ...key }, t, labChecks);

const fresh = () =>
  createSession([note('a', 1, { cards: [card('a', 1), card('a', 2, { kind: 'lab' })] })], at(0));
const onCard = () => sessionReducer(fresh(), { type: 'start', at: at(1) });

describe('keyIntent', () => {
  it('start screen: Enter begins, q and Esc quit, other keys do nothing', () => {
    expect(press(fresh(), '', { return: true })).toEqual({ type: 'start', at: t });
    // Enter typed before raw mode: the tty turned it into a line feed.
    expect(press(fresh(), '\n')).toEqual({ type: 'start', at: t });
    expect(press(fresh(), 'enter', { ctrl: true })).toEqual({ type: 'start', at: t });
    expect(press(fresh(), 'q')).toEqual({ type: 'quit', at: t });
    expect(press(fresh(), '', { escape: true })).toEqual({ type: 'quit', at: t });
    expect(press(fresh(), '3')).toBeNull();
  });

  it('card: Space reveals, then 1-4 grade and Space means Good', () => {
    const s = onCard();
    expect(press(s, ' ')).toEqual({ type: 'reveal' });
    expect(press(s, '3')).toBeNull();
    const shown = sessionReducer(s, { type: 'reveal' });
    expect(press(shown, '1')).toEqual({ type: 'grade', grade: 1, at: t });
    expect(press(shown, '4')).toEqual({ type: 'grade', grade: 4, at: t });
    expect(press(shown, ' ')).toEqual({ type: 'grade', grade: 3, at: t });
    expect(press(shown, '5')).toBeNull();
  });

  it('card: u, s and q undo, skip and quit; Ctrl+C quits everywhere', () => {
    const s = onCard();
    expect(press(s, 'u')).toEqual({ type: 'undo', at: t });
    expect(press(s, 's')).toEqual({ type: 'skip', at: t });
    expect(press(s, 'q')).toEqual({ type: 'quit', at: t });
    expect(press(fresh(), 'c', { ctrl: true })).toEqual({ type: 'quit', at: t });
  });

  it('lab card while typing: letters go to the draft (q too), Esc skips, Enter ends a line', () => {
    const lab = sessionReducer(onCard(), { type: 'skip', at: at(2) });
    expect(press(lab, 'q')).toEqual({ type: 'lab-type', text: 'q' });
    expect(press(lab, 'ip link\r')).toEqual({ type: 'lab-type', text: 'ip link\r' });
    expect(press(lab, '', { return: true })).toEqual({ type: 'lab-type', text: '\n' });
    expect(press(lab, '', { delete: true })).toEqual({ type: 'lab-erase' });
    expect(press(lab, '', { escape: true })).toEqual({ type: 'skip', at: t });
    expect(press(lab, 'c', { ctrl: true })).toEqual({ type: 'quit', at: t });
    expect(press(lab, '')).toBeNull();
  });

  it('lab card without the sandbox is self-graded like a question card', () => {
    const lab = sessionReducer(onCard(), { type: 'skip', at: at(2) });
    expect(press(lab, ' ', {}, false)).toEqual({ type: 'reveal' });
    expect(press(lab, 'q', {}, false)).toEqual({ type: 'quit', at: t });
  });

  it('summary: any key exits, u undoes the last grade; a quit session ignores keys', () => {
    const done = sessionReducer(createSession([], at(0)), { type: 'start', at: at(1) });
    expect(press(done, 'x')).toEqual({ type: 'exit' });
    const graded = [
      { type: 'start', at: at(1) },
      { type: 'reveal' },
      { type: 'grade', grade: 3, at: at(2) },
    ] as const;
    const finished = graded.reduce(sessionReducer, createSession([note('a', 1)], at(0)));
    expect(press(finished, 'u')).toEqual({ type: 'undo', at: t });
    expect(press(done, 'u')).toEqual({ type: 'exit' });
    const quit = sessionReducer(fresh(), { type: 'quit', at: at(1) });
    expect(press(quit, 'x')).toBeNull();
  });
});
