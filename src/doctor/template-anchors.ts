/**
 * Certain context for the repair: the profile's template lines (frontmatter keys such as
 * `➕첫 학습날:`, derived values such as `🛑첫날: "✍첫날 : …`, section headings such as
 * `### 단서 질문`). Where the start of a damaged line can spell one of them, it is that line: its
 * damaged characters are fixed to the template's before the search, so `➕` is never guessed `❕`
 * and the keys always read back. In an anchor, `ASCII_RUN` stands for a run of ASCII characters
 * (the digits of a date or a count), which the damage never touches.
 */

/** In an anchor: one or more ASCII characters of the note (`{n}`, a date). */
export const ASCII_RUN = '\u0000';

/** A lattice slot: one character, or the candidates for a damaged one. */
export interface Slot {
  cands: string[];
  /** More than one reading was possible. */
  guess: boolean;
  /** Fixed by a template line (then `cands[0]` is the template's character, the rest what else it could be). */
  anchored?: true;
}

/** Where `anchor` ends when it can be read at `slots[from…]` using at least one damaged slot, else -1. */
function fits(slots: readonly Slot[], from: number, anchor: readonly string[]): number {
  let at = from;
  let damaged = false;
  for (const ch of anchor) {
    if (ch === ASCII_RUN) {
      const start = at;
      while (at < slots.length && isAscii(slots[at])) at++;
      if (at === start) return -1;
      continue;
    }
    const slot = slots[at];
    if (slot === undefined || !slot.cands.includes(ch)) return -1;
    damaged ||= slot.guess;
    at++;
  }
  return damaged ? at : -1;
}

function isAscii(slot: Slot | undefined): boolean {
  const ch = slot?.cands[0] ?? '\n';
  return slot?.cands.length === 1 && ch !== '\n' && ch.charCodeAt(0) < 0x80;
}

function fix(slots: Slot[], from: number, anchor: readonly string[]): void {
  let at = from;
  for (const ch of anchor) {
    if (ch === ASCII_RUN) {
      while (at < slots.length && isAscii(slots[at])) at++;
      continue;
    }
    const slot = slots[at++];
    if (slot === undefined || !slot.guess) continue;
    slot.cands = [ch, ...slot.cands.filter((c) => c !== ch)];
    slot.anchored = true;
  }
}

/**
 * Fixes the damaged slots of every line that starts with one of `anchors` (longest first), in
 * place. Returns how many lines were anchored.
 */
export function anchorTemplate(slots: Slot[], anchors: readonly string[]): number {
  const sorted = [...new Set(anchors)].map((a) => [...a]).sort((x, y) => y.length - x.length);
  let anchored = 0;
  for (let start = 0; start < slots.length;) {
    const match = sorted.find((a) => a.length > 0 && fits(slots, start, a) >= 0);
    if (match !== undefined) {
      fix(slots, start, match);
      anchored += 1;
    }
    let end = start;
    while (end < slots.length && slots[end]?.cands[0] !== '\n') end++;
    start = end + 1;
  }
  return anchored;
}
