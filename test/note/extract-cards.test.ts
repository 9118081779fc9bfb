import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractCards, englishProfile, koreanProfile } from '../../src/note/index.js';

const SEED = readFileSync(new URL('../fixtures/notes/seed/input.md', import.meta.url), 'utf8');

function cardsOf(body: string, profile = koreanProfile) {
  return extractCards('n.md', body.split('\n'), 10, profile);
}

describe('extractCards on the seed note body', () => {
  const lines = SEED.split('\n');
  const start = lines.indexOf('---', 1) + 1;
  const result = extractCards('seed.md', lines.slice(start), start + 1, koreanProfile);
  const of = (kind: string) => result.cards.filter((c) => c.kind === kind);

  it('finds one question whose answer is the three indented paragraphs', () => {
    const [q] = of('question');
    expect(of('question')).toHaveLength(1);
    expect(q?.prompt).toBe('리눅스의 네트워크 네임스페이스란?');
    expect(q?.answer.split('\n\n')).toHaveLength(3);
    expect(q?.answer.startsWith('리눅스는 네트워크 네임스페이스를 통해서')).toBe(true);
    expect(q?.line).toBe(37);
  });

  it('finds exactly the three highlighted facts as clozes', () => {
    expect(of('cloze').map((c) => c.answer)).toEqual([
      '하나의 호스트에서 여러 개의 격리된 네트워크 공간을 형성',
      '각 네트워크 네임스페이스마다',
      '네트워크 인터페이스, 라우팅 테이블, 포워딩 테이블을 가진다.',
    ]);
    expect(of('cloze').map((c) => c.line)).toEqual([52, 55, 55]);
  });

  it('hides only its own span and shows the other highlight of the same item unmarked', () => {
    const [, second, third] = of('cloze');
    expect(second?.prompt).toBe('[…] 네트워크 인터페이스, 라우팅 테이블, 포워딩 테이블을 가진다.');
    expect(third?.prompt).toBe('각 네트워크 네임스페이스마다 […]');
    // Its context is where it sits: the heading above the item (the item has no parent item).
    expect(third?.context).toBe('리눅스 네트워크 네임스페이스란?');
  });

  it('makes one lab card per step, prompted by title and intro, answered by the commands', () => {
    const labs = of('lab');
    expect(labs.map((c) => c.labStep)).toEqual([1, 2, 3, 4, 5]);
    expect(labs[2]?.prompt.split('\n')[0]).toBe('Lab step 3: 새로운 네트워크 네임스페이스 만들기');
    expect(labs[2]?.prompt).toContain('`direct_netns`라는 이름의 네트워크 네임스페이스를 만든다.');
    expect(labs[2]?.prompt).not.toContain('```');
    expect(labs[2]?.answer.split('\n')[0]).toBe('$ sudo ip netns add direct_netns');
    expect(result.labSteps).toHaveLength(5);
  });

  it('shows the whole task of a step: all its prose and each command block’s intent, never its commands', () => {
    const step4 = of('lab')[3]?.prompt ?? '';
    // The prose after the first block: running nginx in the namespace is part of the task.
    expect(step4).toContain('Nginx를 `direct_netns`의 포어그라운드로 실행한다.');
    expect(step4).toContain('`direct_netns`의 Nginx 서버는 잘 돌아가는 상태.');
    // A block's `#` comments are its intent; its commands and their output are the answer.
    expect(step4).toContain('- direct_netns의 Nginx 서버는 잘 돌아간다.');
    expect(step4).not.toMatch(/nginx -g|ip link set|<!DOCTYPE|curl/);
    // The step ends at the next heading: no topology drawing, rule or reference of the next part.
    const step5 = of('lab')[4]?.prompt ?? '';
    expect(step5).toContain('인터페이스로 호스트에서 접근할 수 있는지 확인해본다.');
    expect(step5).not.toMatch(/Root Namespace|---|참고자료|\n\n\n/);
  });

  it('gives every card a distinct key and reports nothing', () => {
    expect(new Set(result.cards.map((c) => c.key)).size).toBe(result.cards.length);
    expect(result.diagnostics).toEqual([]);
  });
});

describe('extractCards edge cases', () => {
  it('keeps a step’s non-shell code blocks (a file to write) and drops shell drawings', () => {
    const body = [
      '### 핵심 필기',
      '## 1. config',
      '- write this file:',
      '```nginx',
      'user root root;',
      '```',
      '```Bash',
      '  [a]---[b]',
      '```',
      '```Bash',
      '# start it',
      '$ nginx',
      '```',
      '### 핵심 요약',
      'after',
    ];
    const lab = cardsOf(body.join('\n')).cards.find((c) => c.kind === 'lab');
    expect(lab?.prompt).toBe(
      'Lab step 1: config\n\n- write this file:\n```nginx\nuser root root;\n```\n- start it',
    );
  });

  it('warns about missing sections; a note of prose alone is one whole-note card', () => {
    const r = cardsOf('just text\n');
    expect(r.cards).toEqual([
      { key: expect.any(String) as string, kind: 'note', prompt: 'n', answer: 'just text', line: 10 },
    ]);
    expect(r.diagnostics.map((d) => [d.rule, d.fatal])).toEqual([
      ['section-missing', false],
      ['section-missing', false],
    ]);
  });

  it('ignores highlights inside fenced code and code spans, and outside the core section', () => {
    const body = [
      '### 단서 질문',
      '',
      '### 핵심 필기',
      '```',
      '==a==',
      '```',
      '`==b==` ==c==',
      '### 핵심 요약',
      '==d==',
    ];
    expect(cardsOf(body.join('\n')).cards.map((c) => c.answer)).toEqual(['c']);
  });

  it('reports file lines for questions and clozes (offset by the first body line)', () => {
    const r = cardsOf('### 단서 질문\n- q?\n\n  a\n### 핵심 필기\ntext\n==x== y');
    expect(r.cards.map((c) => [c.kind, c.line])).toEqual([
      ['question', 11],
      ['cloze', 16],
    ]);
  });

  it('distinguishes repeated prompts by occurrence with a warning', () => {
    const r = cardsOf('### 단서 질문\n- 같은 질문\n- 같은 질문.\n### 핵심 필기\n');
    const [a, b] = r.cards;
    expect(a?.key).not.toBe(b?.key);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ rule: 'duplicate-card', line: 12 }));
  });

  it('keeps a question card without an answer and warns', () => {
    const r = cardsOf('### 단서 질문\n- 혼자인 질문\n### 핵심 필기\n');
    expect(r.cards[0]).toMatchObject({ prompt: '혼자인 질문', answer: '' });
    expect(r.diagnostics).toContainEqual(
      expect.objectContaining({ rule: 'answer-missing', line: 11, fatal: false }),
    );
  });

  it('uses the English profile section names', () => {
    const r = cardsOf(
      '### Cue questions\n- Why?\n\n    Because.\n### Core notes\n- ==fact== here',
      englishProfile,
    );
    expect(r.cards.map((c) => [c.kind, c.prompt, c.answer])).toEqual([
      ['question', 'Why?', 'Because.'],
      ['cloze', '[…] here', 'fact'],
    ]);
  });

  it('keeps a card key when only the answer changes', () => {
    const before = cardsOf('### 단서 질문\n- q?\n\n    old\n### 핵심 필기\n- the ==old== fact').cards;
    const after = cardsOf('### 단서 질문\n- q?\n\n    new answer\n### 핵심 필기\n- the ==new== fact').cards;
    expect(after.map((c) => c.key)).toEqual(before.map((c) => c.key));
  });
});
