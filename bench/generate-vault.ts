/**
 * A synthetic vault of N notes the size of the seed note: the seed's text with a different title,
 * first-study date and cue wording per note, so every note has its own cards and schedule.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { addDays } from '../src/time/clock.js';

export function generateVault(dir: string, seedFile: string, count: number, today: string): void {
  const seed = readFileSync(seedFile, 'utf8');
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const folder = path.join(dir, `topic-${String(i % 50).padStart(2, '0')}`);
    if (i < 50) mkdirSync(folder, { recursive: true });
    const first = addDays(today, -(i % 120));
    const text = seed
      .replace('➕첫 학습날: 2024-08-08', `➕첫 학습날: ${first}`)
      .replace(/❤1일복습여부: true/, `❤1일복습여부: ${i % 3 !== 0}`)
      .replace('복습: 추가 복습', i % 10 === 0 ? '복습: 추가 복습' : '복습: 복습 완료')
      .replace('- 리눅스의 네트워크 네임스페이스란?', `- 리눅스의 네트워크 네임스페이스란? (${i})`)
      .replace('==각 네트워크 네임스페이스마다==', `==각 네트워크 네임스페이스마다 ${i}==`);
    writeFileSync(path.join(folder, `note-${i}.md`), text);
  }
}
