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
  it('start screen: Enter begins, q and Esc quit, ? opens the keys, other keys do nothing', () => {
    expect(press(fresh(), '', { return: true })).toEqual({ type: 'start', at: t });
    // Enter typed before raw mode: the tty turned it into a line feed.
    expect(press(fresh(), '\n')).toEqual({ type: 'start', at: t });
    expect(press(fresh(), 'enter', { ctrl: true })).toEqual({ type: 'start', at: t });
    expect(press(fresh(), 'q')).toEqual({ type: 'quit', at: t });
    expect(press(fresh(), '', { escape: true })).toEqual({ type: 'quit', at: t });
    expect(press(fresh(), '3')).toBeNull();
    expect(press(fresh(), '?')).toEqual({ type: 'help' });
  });

  it('card: Space and Enter reveal and only reveal; only 1-4 grade', () => {
    const s = onCard();
    expect(press(s, ' ')).toEqual({ type: 'reveal' });
    expect(press(s, '', { return: true })).toEqual({ type: 'reveal' });
    expect(press(s, '3')).toBeNull();
    const shown = sessionReducer(s, { type: 'reveal' });
    expect(press(shown, '1')).toEqual({ type: 'grade', grade: 1, at: t });
    expect(press(shown, '4')).toEqual({ type: 'grade', grade: 4, at: t });
    // A second Space (or Enter) never grades a card the learner has not read.
    expect(press(shown, ' ')).toBeNull();
    expect(press(shown, '', { return: true })).toBeNull();
    expect(press(shown, '5')).toBeNull();
  });

  it('? opens the key overlay on a card, and any key but Ctrl+C then only closes it', () => {
    const s = onCard();
    expect(press(s, '?')).toEqual({ type: 'help' });
    const open = sessionReducer(s, { type: 'help' });
    expect(open.help).toBe(true);
    for (const key of ['q', '3', ' ', 'u', '?']) expect(press(open, key)).toEqual({ type: 'help' });
    expect(press(open, 'c', { ctrl: true })).toEqual({ type: 'quit', at: t, now: true });
    expect(sessionReducer(open, { type: 'help' })).toMatchObject({ help: false, queue: s.queue });
  });

  it('the scroll keys scroll the overlay, a tall card or the summary, and mean nothing to the session', () => {
    const open = sessionReducer(onCard(), { type: 'help' });
    for (const k of ['upArrow', 'downArrow', 'pageUp', 'pageDown'] as const) {
      expect(press(open, '', { [k]: true })).toBeNull();
      expect(press(onCard(), '', { [k]: true })).toBeNull();
      expect(press(sessionReducer(onCard(), { type: 'quit', at: t }), '', { [k]: true })).toBeNull();
    }
  });

  it('card: u, s and q undo, skip and quit; Ctrl+C leaves at once everywhere', () => {
    const s = onCard();
    expect(press(s, 'u')).toEqual({ type: 'undo', at: t });
    expect(press(s, 's')).toEqual({ type: 'skip', at: t });
    expect(press(s, 'q')).toEqual({ type: 'quit', at: t });
    expect(press(fresh(), 'c', { ctrl: true })).toEqual({ type: 'quit', at: t, now: true });
  });

  it('lab card while typing: letters go to the draft (q too), Esc skips, Enter ends a line', () => {
    const lab = sessionReducer(onCard(), { type: 'skip', at: at(2) });
    expect(press(lab, 'q')).toEqual({ type: 'lab-type', text: 'q' });
    expect(press(lab, 'ip link\r')).toEqual({ type: 'lab-type', text: 'ip link\r' });
    expect(press(lab, '', { return: true })).toEqual({ type: 'lab-type', text: '\n' });
    expect(press(lab, '', { delete: true })).toEqual({ type: 'lab-erase' });
    expect(press(lab, '', { escape: true })).toEqual({ type: 'skip', at: t });
    expect(press(lab, 'c', { ctrl: true })).toEqual({ type: 'quit', at: t, now: true });
    expect(press(lab, '?')).toEqual({ type: 'lab-type', text: '?' });
    expect(press(lab, '')).toBeNull();
  });

  it('lab card without the sandbox is self-graded like a question card', () => {
    const lab = sessionReducer(onCard(), { type: 'skip', at: at(2) });
    expect(press(lab, ' ', {}, false)).toEqual({ type: 'reveal' });
    expect(press(lab, 'q', {}, false)).toEqual({ type: 'quit', at: t });
  });

  it('summary: any key exits, u undoes the last grade; after q any key exits, u included', () => {
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
    const quit = sessionReducer(finished, { type: 'quit', at: at(3) });
    expect(press(quit, 'x')).toEqual({ type: 'exit' });
    const quitMidway = sessionReducer(sessionReducer(onCard(), { type: 'reveal' }), {
      type: 'grade',
      grade: 3,
      at: at(2),
    });
    const quitSummary = sessionReducer(quitMidway, { type: 'quit', at: at(3) });
    expect(quitSummary).toMatchObject({ phase: 'done', quit: true, exitNow: false });
    expect(press(quitSummary, 'u')).toEqual({ type: 'exit' });
  });

  it('quitting before any grade, or with Ctrl+C, leaves without a summary', () => {
    expect(sessionReducer(onCard(), { type: 'quit', at: at(2) })).toMatchObject({
      quit: true,
      exitNow: true,
    });
    const graded = sessionReducer(sessionReducer(onCard(), { type: 'reveal' }), {
      type: 'grade',
      grade: 3,
      at: at(2),
    });
    expect(sessionReducer(graded, { type: 'quit', at: at(3), now: true })).toMatchObject({
      quit: true,
      exitNow: true,
    });
  });
});
