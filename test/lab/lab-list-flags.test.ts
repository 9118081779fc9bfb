import { describe, expect, it } from 'vitest';
import { labList } from '../../src/lab/index.js';
import { extractLabSteps, type ParsedNote } from '../../src/note/index.js';

const body = [
  '## 1. 준비',
  '```Bash',
  '$ sudo apt install -y nginx',
  '$ sudo ip netns add lf_ns',
  '```',
  '## 2. 오프로드 끄기',
  '```Bash',
  '$ sudo ethtool -K veth0 tx off',
  '```',
].join('\n');
const note: ParsedNote = {
  path: 'flags.md',
  title: 'flags',
  profileId: 'ko',
  fields: {
    firstStudy: '2024-08-08',
    subject: 'Linux',
    done: { d1: false, d4: false, d7: false, d14: false },
    longTerm: false,
    status: null,
  },
  cards: [],
  labSteps: extractLabSteps(body.split('\n'), 1),
  derivedAsWritten: {},
  diagnostics: [],
};

describe('lab list flags a step whose change the lab does not run', () => {
  it('a skipped state-changing command flags its step; a package install does not', () => {
    const { json, text } = labList([{ path: note.path, note }]);
    expect(json[0]?.steps[0]?.mayNotCheck).toBeUndefined();
    expect(json[0]?.steps[1]?.mayNotCheck).toBe(
      'the lab does not run `sudo ethtool -K veth0 tx off`, so what it changes cannot be checked',
    );
    expect(text).toMatch(/! may not be checkable: the lab does not run `sudo ethtool/);
  });
});
