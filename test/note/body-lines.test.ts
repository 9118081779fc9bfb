import { describe, expect, it } from 'vitest';
import { scanBodyLines, findSection, topLevelItems } from '../../src/note/index.js';

const kinds = (text: string): string[] => scanBodyLines(text.split('\n')).map((l) => l.kind);

describe('scanBodyLines', () => {
  it('classifies headings, items, rules, quotes, text and blanks', () => {
    expect(kinds('### 단서 질문\n- 질문\n    \n---\n> 인용\n본문\n1. 번호\n#태그')).toEqual([
      'heading',
      'item',
      'blank',
      'rule',
      'quote',
      'text',
      'item',
      'text',
    ]);
  });

  it('marks fenced code, indented fences and tilde fences, and does not classify inside them', () => {
    expect(kinds('```Bash\n# not a heading\n- not an item\n```\n    ~~~~\n    ```\n    ~~~~')).toEqual([
      'fence',
      'code',
      'code',
      'fence',
      'fence',
      'code',
      'fence',
    ]);
  });

  it('needs a closing fence at least as long as the opening one', () => {
    expect(kinds('````\n```\n````\nafter')).toEqual(['fence', 'code', 'fence', 'text']);
  });

  it('reads item content indent and heading level/text', () => {
    const [item, heading] = scanBodyLines(['  -   text', '## 1. 단계 ##']);
    expect(item).toMatchObject({ kind: 'item', indent: 2, contentIndent: 6, text: 'text' });
    expect(heading).toMatchObject({ kind: 'heading', level: 2, text: '1. 단계' });
  });
});

describe('findSection', () => {
  const lines = scanBodyLines([
    '### 단서 질문',
    '- q',
    '## 1. step inside',
    '    # nested',
    '#### deeper',
    '### 핵심 필기',
    'x',
  ]);

  it('runs to the next heading of the same level, keeping other levels inside', () => {
    expect(findSection(lines, '단서 질문')).toEqual({ heading: 0, start: 1, end: 5 });
    expect(findSection(lines, ' 핵심 필기 ')).toEqual({ heading: 5, start: 6, end: 7 });
  });

  it('matches the whole trimmed heading text only', () => {
    expect(findSection(lines, '단서')).toBeNull();
    expect(findSection(scanBodyLines(['    ### 단서 질문']), '단서 질문')).toBeNull();
  });
});

describe('topLevelItems', () => {
  it('splits each item into its first paragraph and the indented rest', () => {
    const raw = ['- 질문 하나', '이어짐', '    ', '    답', '- 질문 둘', '', '    답 둘', '', '끝 문단'];
    const items = topLevelItems(scanBodyLines(raw), 0, raw.length);
    expect(items).toEqual([
      { start: 0, paragraphEnd: 2, end: 4, paragraph: '질문 하나\n이어짐' },
      { start: 4, paragraphEnd: 5, end: 7, paragraph: '질문 둘' },
    ]);
  });

  it('keeps fenced code indented under an item in that item', () => {
    const raw = ['- 질문', '', '    ```', 'unindented code', '    ```', '- 다음'];
    const items = topLevelItems(scanBodyLines(raw), 0, raw.length);
    expect(items.map((i) => [i.start, i.end])).toEqual([
      [0, 5],
      [5, 6],
    ]);
  });
});
