/**
 * The vault the trust harnesses work on, and their checks: N study notes cloned from the sample
 * vault's TCP note (first study 2026-11-28, every milestone open), each ending in its own marker
 * line, and what "consistent" means after any crash: no torn note, no leftover file, and each
 * note's milestone flags exactly the milestones its review log holds, none logged twice.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Store } from '../../src/store/index.js';

const TEMPLATE = path.join(import.meta.dirname, '../fixtures/sample-vault/TCP 3-way handshake.md');
const FLAGS = {
  d1: '❤1일복습여부',
  d4: '🧡4일복습여부',
  d7: '💛7일복습여부',
  d14: '💚14일복습여부',
} as const;

export interface TrustVault {
  root: string;
  vault: string;
  db: string;
  notes: string[];
}

/** The marker line note `i` ends with. */
export const marker = (i: number): string => `끝-${i}`;

/** A temp vault of `n` study notes `n<i>.md` and the path of its database. */
export function makeTrustVault(n: number): TrustVault {
  const root = mkdtempSync(path.join(tmpdir(), 'bokseup-trust-'));
  const vault = path.join(root, 'v');
  mkdirSync(vault);
  const template = readFileSync(TEMPLATE, 'utf8');
  const notes: string[] = [];
  for (let i = 0; i < n; i++) {
    const text = template.replace(
      'TCP 3-way handshake의 세 단계는?',
      `TCP 3-way handshake의 세 단계는? (${i})`,
    );
    writeFileSync(path.join(vault, `n${i}.md`), `${text.trimEnd()}\n${marker(i)}\n`);
    notes.push(`n${i}.md`);
  }
  return { root, vault, db: path.join(root, 'bokseup.db'), notes };
}

export interface Inconsistencies {
  /** Notes that do not parse as the note they were, or lost their marker line. */
  torn: string[];
  /** Files a writer left beside the notes. */
  leftovers: string[];
  /** `path milestone` logged more than once. */
  duplicates: string[];
  /** `path: file d1,d4 / log d1`: flags and log disagree. */
  mismatches: string[];
}

/** The milestones whose flag is true in a note's text. */
function flagsOf(text: string): string[] {
  return Object.entries(FLAGS)
    .filter(([, key]) => new RegExp(`^${key}: true$`, 'm').test(text))
    .map(([m]) => m);
}

/** Check `v` against its database (after a command has completed what a killed one owed). */
export function checkTrustVault(v: TrustVault): Inconsistencies {
  const out: Inconsistencies = { torn: [], leftovers: [], duplicates: [], mismatches: [] };
  out.leftovers = readdirSync(v.vault).filter((n) => n.includes('.bokseup-'));
  const logged = loggedMilestones(v.db, out.duplicates);
  v.notes.forEach((note, i) => {
    const text = readFileSync(path.join(v.vault, note), 'utf8');
    const whole = text.startsWith('---\n') && text.endsWith(`\n${marker(i)}\n`) && flagsKeys(text);
    if (!whole) out.torn.push(note);
    const file = flagsOf(text).join(',');
    const log = [...(logged.get(note) ?? [])].sort(byStage).join(',');
    if (file !== log) out.mismatches.push(`${note}: file ${file || '-'} / log ${log || '-'}`);
  });
  return out;
}

const flagsKeys = (text: string): boolean => Object.values(FLAGS).every((k) => text.includes(`\n${k}: `));
const ORDER = ['d1', 'd4', 'd7', 'd14'];
const byStage = (a: string, b: string): number => ORDER.indexOf(a) - ORDER.indexOf(b);

/** Each note's logged milestones by path; pushes `path milestone` logged twice onto `duplicates`. */
function loggedMilestones(db: string, duplicates: string[]): Map<string, Set<string>> {
  const store = Store.open(db);
  try {
    const rows = store.db
      .prepare('SELECT n.path AS path, r.milestones AS m FROM reviews r JOIN notes n ON n.id = r.note_id')
      .all() as { path: string; m: string }[];
    const out = new Map<string, Set<string>>();
    for (const r of rows) {
      const set = out.get(r.path) ?? new Set<string>();
      for (const m of JSON.parse(r.m) as string[]) {
        if (set.has(m)) duplicates.push(`${r.path} ${m}`);
        set.add(m);
      }
      out.set(r.path, set);
    }
    return out;
  } finally {
    store.close();
  }
}
