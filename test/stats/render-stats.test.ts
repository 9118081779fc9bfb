import { describe, expect, it } from 'vitest';
import { computeStats, renderStats } from '../../src/stats/index.js';
import { displayWidth } from '../../src/text/index.js';
import { input } from './fixture.js';

const stats = computeStats(input);

const GOLDEN_KO = `복습 기록 (최근 28일)
   10월
월 ····
화 ····
수 ····
목 ···▒
금 ···▓
토 ···▒
일 ···█
   적음 ·░▒▓█ 많음 (하루 최대 3회)

복습 9회 · 오늘 3회 · 연속 4일 (최장 4일)
기억률 (복습만): 전체 78% (7/9) · 최근 30일 86% (6/7)

앞으로 14일 복습 예정
10/27 일 ▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒▒████████████████████ 2 (오늘, 밀린 1)
10/28 월 0
10/29 화 0
10/30 수 0
10/31 목 0
11/01 금 0
11/02 토 0
11/03 일 0
11/04 월 0
11/05 화 ████████████████████ 1
11/06 수 0
11/07 목 0
11/08 금 0
11/09 토 0

노트별 진행
노트                      단계       다음 복습         진행
Linux 네트워크 네임스페…  14일차     10/24 (3일 지남)  🟩🟩🟩🟩🟩🟩⬜⬜⬜⬜ 60%
TCP handshake 🤝          1일차      10/27             ⬜⬜⬜⬜⬜⬜⬜⬜⬜⬜ 0%
iptables 기초             장기 복습  11/05             🟩🟩🟩🟩🟩🟩🟩🟩🟩🟩 100%
idle                      4일차      —                 🟩🟩⬜⬜⬜⬜⬜⬜⬜⬜ 20%
`;

describe('renderStats without colour', () => {
  it('pins the Korean screen for the fixture at 80 columns', () => {
    expect(renderStats(stats, { color: false, columns: 80 })).toBe(GOLDEN_KO);
  });

  it('contains no ANSI escape', () => {
    expect(renderStats(stats, { color: false, columns: 80 })).not.toContain('\u001b');
  });

  it('speaks English when asked, with English weekday rows and stage labels', () => {
    const out = renderStats(stats, { color: false, columns: 100, lang: 'en' });
    expect(out).toContain('\nMon ····\n');
    expect(out).toContain('\nSun ···█\n');
    expect(out).toContain('9 reviews · 3 today · streak 4 days (longest 4)');
    expect(out).toContain('Retention (reviews only): overall 78% (7/9) · last 30 days 86% (6/7)');
    expect(out).toMatch(/\nLinux 네트워크 네임스페이스 +day 14 +10\/24 \(3 days late\) +🟩{6}⬜{4} 60%\n/u);
  });

  it.each([60, 72, 80, 100, 140])(
    'keeps every line within %i columns (365-day heatmap, long titles)',
    (columns) => {
      const long = {
        ...input.notes[0]!,
        noteId: 'long',
        title: '아주아주 긴 한국어 제목 🐧 네트워크 네임스페이스와 veth 페어 실습 노트',
      };
      const big = computeStats({ ...input, days: 365, notes: [...input.notes, long] });
      for (const color of [false, true]) {
        for (const line of renderStats(big, { color, columns }).split('\n')) {
          expect(displayWidth(line)).toBeLessThanOrEqual(columns);
        }
      }
    },
  );

  it('aligns the table columns by display width despite Korean and emoji titles', () => {
    const table = renderStats(stats, { color: false, columns: 100 }).split('노트별 진행\n')[1] ?? '';
    const rows = table.trimEnd().split('\n');
    const stageStarts = rows.map((row) => {
      const m = /^(.*?\S)  +(14일차|1일차|장기 복습|4일차|단계)/u.exec(row);
      return displayWidth(row.slice(0, (m?.index ?? 0) + (m?.[0].length ?? 0) - (m?.[2]?.length ?? 0)));
    });
    expect(rows).toHaveLength(5);
    expect(new Set(stageStarts).size).toBe(1);
  });

  it.each([80, 100, 140])('names every month that begins in a year of heatmap (%i columns)', (columns) => {
    const big = computeStats({ ...input, days: 365 });
    const lines = renderStats(big, { color: false, columns }).split('\n');
    const monday = lines.findIndex((l) => l.startsWith('월 '));
    const labels = lines.slice(1, monday).join(' ').split(/\s+/).filter(Boolean);
    // The weeks shown: as many as fit right of the weekday names, newest last.
    const weeks = Math.min(columns - 3, Math.ceil((big.heatmap.length + 6) / 7));
    const shownFrom = big.heatmap.length - weeks * 7;
    const firsts = big.heatmap.filter((d, i) => d.date.endsWith('-01') && i >= shownFrom);
    expect(firsts.length).toBeGreaterThanOrEqual(12);
    expect(labels.sort()).toEqual(firsts.map((d) => `${Number(d.date.slice(5, 7))}월`).sort());
    expect(labels).toContain('11월');
    expect(labels).toContain('1월');
  });

  it('drops the oldest weeks, not the newest, when the terminal is narrow', () => {
    const big = computeStats({ ...input, days: 365 });
    const out = renderStats(big, { color: false, columns: 30 });
    const sunday = out.split('\n').find((l) => l.startsWith('일 ')) ?? '';
    expect(displayWidth(sunday)).toBe(30);
    expect(sunday.endsWith('█')).toBe(true); // today is the last cell
  });

  it('says so when there are no notes and no reviews', () => {
    const empty = computeStats({ reviews: [], notes: [], tz: 'Asia/Seoul', now: input.now, days: 7 });
    const out = renderStats(empty, { color: false, columns: 80 });
    expect(out).toContain('기억률 (복습만): 전체 — · 최근 30일 —');
    expect(out).toContain('노트가 없습니다.');
  });
});

describe('renderStats with colour', () => {
  const out = renderStats(stats, { color: true, columns: 80 });

  it('colours heatmap cells with ANSI 256-colour greens and bolds headings', () => {
    expect(out).toContain('\u001b[38;5;40m█\u001b[0m'); // the busiest day
    expect(out).toContain('\u001b[38;5;238m·\u001b[0m'); // an empty day
    expect(out).toContain('\u001b[1m복습 기록 (최근 28일)\u001b[0m');
  });

  it('marks overdue work in red in the forecast and the table', () => {
    expect(out).toContain(`\u001b[38;5;203m${'█'.repeat(20)}\u001b[0m`);
    expect(out).toContain('\u001b[38;5;203m10/24 (3일 지남)\u001b[0m');
  });

  it('has the same text as the plain screen once escapes and shades are normalised', () => {
    const strip = (s: string): string =>
      // eslint-disable-next-line no-control-regex
      s.replace(/\u001b\[[0-9;]*m/g, '').replace(/[░▒▓█]/g, '#');
    expect(strip(out)).toBe(strip(GOLDEN_KO));
  });
});
