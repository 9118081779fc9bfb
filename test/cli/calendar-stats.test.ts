/**
 * `bokseup calendar --out FILE`: an iCalendar file (CRLF, folded lines, one event with an alarm per
 * due note, UIDs stable across runs); `bokseup stats --json`: heatmap, retention and forecast.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeVault, removeTempVaults, SAMPLE_NOW } from './run-cli.js';

afterAll(removeTempVaults);

const uids = (ics: string): string[] => [...ics.matchAll(/^UID:(.*)\r$/gm)].map((m) => m[1] ?? '');

describe.concurrent('calendar and stats', () => {
  it('calendar --out writes one VEVENT per review known in 30 days, with stable UIDs', async () => {
    const v = makeVault();
    const out = [path.join(v.dir, 'a.ics'), path.join(v.dir, 'b.ics')];
    const due = await v.run(['due', '--json', '--days', '30', ...SAMPLE_NOW]);
    const run = (file: string) => v.run(['calendar', '--out', file, '--days', '30', ...SAMPLE_NOW]);
    const a = await run(out[0] ?? '');
    const b = await run(out[1] ?? '');
    expect([a.code, b.code]).toEqual([0, 0]);
    const ics = readFileSync(out[0] ?? '', 'utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const dueNotes = JSON.parse(due.stdout) as { path: string }[];
    expect(dueNotes.length).toBeGreaterThanOrEqual(5);
    // Every note due in the window has its next review, and every later milestone whose date is
    // known: TCP (first studied the day before) d4, d7, d14; Big-O d7, d14; 리눅스 d14 (its d7 falls
    // today and is done by today's overdue d4 review); the three lab notes (first studied today)
    // d4, d7, d14 each.
    const events = uids(ics);
    expect(events.length).toBe(dueNotes.length + 15);
    expect(ics.match(/^BEGIN:VALARM\r$/gm)).toHaveLength(events.length);
    expect(ics.match(/^END:VEVENT\r$/gm)).toHaveLength(events.length);
    expect(new Set(events).size).toBe(events.length);
    expect(events.filter((u) => /-d(1|4|7|14)@bokseup$/.test(u)).length).toBeGreaterThanOrEqual(4);
    // A second run (same database): the same UIDs and nothing revised, so a re-import changes nothing.
    const again = readFileSync(out[1] ?? '', 'utf8');
    expect(uids(again).sort()).toEqual(events.sort());
    expect(again.match(/^SEQUENCE:0\r$/gm)).toHaveLength(events.length);
    expect(b.stdout).toMatch(/^\d+ reviews until 2026-12-29 written to /);
  });

  it('stats --json has a heatmap, retention and a forecast; a mark is counted apart, not as a review', async () => {
    const v = makeVault();
    expect((await v.run(['mark', 'TCP 3-way handshake.md', '--stage', 'd1', ...SAMPLE_NOW])).code).toBe(0);
    const r = await v.run(['stats', '--json', ...SAMPLE_NOW]);
    expect(r.code).toBe(0);
    const stats = JSON.parse(r.stdout) as {
      heatmap: { date: string; reviews: number; marks: number }[];
      retention: { overall: { reviews: number; passed: number; rate: number | null } };
      forecast: { date: string; due: number }[];
    };
    expect(stats.heatmap.at(-1)).toEqual({ date: '2026-11-29', reviews: 0, marks: 1 });
    expect(stats.heatmap.slice(0, -1).every((d) => d.reviews === 0)).toBe(true);
    // A mark grades no card: retention has no review to go on.
    expect(stats.retention.overall).toEqual({ reviews: 0, passed: 0, rate: null });
    expect(stats).toMatchObject({ totalReviews: 0, marks: 1, streak: { current: 1 } });
    expect(stats.forecast[0]?.date).toBe('2026-11-29');
    // Still due today: 리눅스 (overdue d4), Big-O, DNS and the extra review of the seed.
    expect(stats.forecast[0]?.due).toBe(4);
    // TCP's day-4 review.
    expect(stats.forecast.find((d) => d.date === '2026-12-02')?.due).toBe(1);
  });
});
