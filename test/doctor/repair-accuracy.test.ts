/**
 * The accuracy harness of `doctor --fix-encoding`: notes damaged exactly as the seed was
 * (Windows-1254, undefined bytes and the soft hyphen dropped), repaired with no corpus and with a
 * corpus that never contains the note scored, against the note before the damage. The held-apart
 * notes (fixtures/held-apart/, written for this test: other topics, the seed's template) played no
 * part in choosing the model's settings; the tuning notes (corpus-ko.md, fixtures/tuning/), the
 * sample vault's notes and the seed did.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  profileAnchors,
  repairDoubleEncoding,
  repairModel,
  scoreRepair,
  sumScores,
  type RepairScore,
} from '../../src/doctor/index.js';
import { koreanProfile, renderYamlKey } from '../../src/note/index.js';
import { doubleEncode, SEED_CLEAN, SEED_ORIGINAL, SYNTHETIC_CORPUS } from './double-encode.js';

const HELD = new URL('./fixtures/held-apart/', import.meta.url);
const held = readdirSync(HELD)
  .sort()
  .map((name) => ({ name, text: readFileSync(new URL(encodeURIComponent(name), HELD), 'utf8') }));
const seed = readFileSync(SEED_CLEAN, 'utf8');
const seedDamaged = readFileSync(SEED_ORIGINAL, 'utf8');
const TUNING = new URL('./fixtures/tuning/', import.meta.url);
const tuning = [
  ...readFileSync(SYNTHETIC_CORPUS, 'utf8').split(/\n(?=---\n➕)/),
  ...readdirSync(TUNING)
    .sort()
    .map((name) => readFileSync(new URL(encodeURIComponent(name), TUNING), 'utf8')),
];
const anchors = profileAnchors(koreanProfile, renderYamlKey);

function repair(truth: string, damaged: string, corpus: readonly string[]): RepairScore {
  const r = repairDoubleEncoding(damaged, corpus, { anchors, codePage: '1254', model: repairModel(corpus) });
  return scoreRepair(truth, r);
}

const share = (s: RepairScore): number => s.right / s.damaged;
function report(what: string, s: RepairScore): void {
  const pct = (100 * share(s)).toFixed(1);
  console.log(`[measure] ${what}: ${s.right}/${s.damaged} right (${pct}%); wrong: ${s.wrong.join(', ')}`);
}
/** Each note's figure, then the sum. */
function reportNotes(what: string, names: readonly string[], scores: readonly RepairScore[]): RepairScore {
  const each = scores.map((s, i) => `${names[i] ?? ''} ${s.right}/${s.damaged}`);
  console.log(`[measure] ${what}, per note: ${each.join('; ')}`);
  const s = sumScores(scores);
  report(what, s);
  return s;
}

describe('repair accuracy on the seed', () => {
  it('with no corpus: at least 98% of the damaged characters right', () => {
    const s = repair(seed, seedDamaged, []);
    report('seed, no corpus', s);
    expect(s.damaged).toBe(500);
    expect(share(s)).toBeGreaterThanOrEqual(0.98);
  });

  it('with a corpus of other notes (held-apart and tuning notes): at least 99% right', () => {
    const s = repair(seed, seedDamaged, [...held.map((h) => h.text), ...tuning]);
    report('seed, corpus without it', s);
    expect(share(s)).toBeGreaterThanOrEqual(0.99);
  });
});

describe('repair accuracy on the seed in the sample vault (what `npm run bench` measures)', () => {
  const VAULT = new URL('../fixtures/sample-vault/', import.meta.url);
  const others = readdirSync(VAULT)
    .filter((n) => n.endsWith('.md') && !n.startsWith('Linux'))
    .map((n) => readFileSync(new URL(encodeURIComponent(n), VAULT), 'utf8'));

  // Its notes write `ip`의 again and again: the character model once read 잘 돌아가 as 의 돌아가.
  it("the vault's other notes make it no worse than none", () => {
    expect(others.length).toBeGreaterThanOrEqual(4);
    const alone = repair(seed, seedDamaged, []);
    const s = repair(seed, seedDamaged, others);
    report('seed, sample vault', s);
    expect(s.right).toBeGreaterThanOrEqual(alone.right);
  });
});

describe('repair accuracy on held-apart notes', () => {
  const damaged = held.map((h) => ({ ...h, damaged: doubleEncode(h.text, '1254') }));
  const names = held.map((h) => h.name.replace(/\.md$/, ''));

  it('are several notes of other topics, each with hundreds of damaged characters', () => {
    expect(held.length).toBeGreaterThanOrEqual(8);
    for (const h of damaged) expect(repair(h.text, h.damaged, []).damaged).toBeGreaterThan(150);
  });

  it('with no corpus: at least 98% right', () => {
    const scores = damaged.map((h) => repair(h.text, h.damaged, []));
    const s = reportNotes('held-apart, no corpus', names, scores);
    expect(share(s)).toBeGreaterThanOrEqual(0.98);
  });

  // Measured: 1813/1830 (99.07%). Of the 17 wrong, 16 are in words no note of the corpus has
  // (선점형, 탐사, 큐, 클록, 반영된다 …); one is ● (read ❗, an emoji the other notes use).
  it('with a corpus that leaves the scored note out: at least 99% right', () => {
    const scores = damaged.map((h, i) => {
      const others = damaged.filter((_, j) => j !== i).map((o) => o.text);
      return repair(h.text, h.damaged, [...others, ...tuning, seed]);
    });
    const s = reportNotes('held-apart, corpus without the note', names, scores);
    expect(share(s)).toBeGreaterThanOrEqual(0.99);
  });
});

// The notes the settings were chosen on (see the model's files): their figures, for comparison with
// the held-apart ones above; the floors only guard against a change that undoes the tuning.
describe('repair accuracy on the tuning notes (the synthetic corpus, fixtures/tuning/, the seed)', () => {
  const notes = [...tuning.map((text) => ({ text, damaged: doubleEncode(text, '1254') }))];
  notes.push({ text: seed, damaged: seedDamaged });

  it('with no corpus: at least 98.5% right', () => {
    const none = sumScores(notes.map((n) => repair(n.text, n.damaged, [])));
    report('tuning notes, no corpus', none);
    expect(share(none)).toBeGreaterThanOrEqual(0.985);
  });

  it('with a corpus of the other tuning notes: at least 99% right', () => {
    const withCorpus = sumScores(
      notes.map((n, i) =>
        repair(
          n.text,
          n.damaged,
          notes.filter((_, j) => j !== i).map((o) => o.text),
        ),
      ),
    );
    report('tuning notes, corpus without the note', withCorpus);
    expect(share(withCorpus)).toBeGreaterThanOrEqual(0.99);
  });
});
