import { Box } from 'ink';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { answerSource, Markdown } from '../../src/quiz/index.js';
import { waitForFrame } from './terminal.js';

async function frameOf(source: string): Promise<string> {
  const { lastFrame } = render(<Markdown source={source} />);
  return waitForFrame(lastFrame, (f) => f.trim() !== '');
}

describe('Markdown', () => {
  it('renders emphasis and inline code without their markers', async () => {
    expect(await frameOf('리눅스의 **네트워크** _격리_ `ip netns add`')).toBe(
      '리눅스의 네트워크 격리 ip netns add',
    );
  });

  it('starts no wrapped line with the space it was wrapped at', async () => {
    const { lastFrame } = render(
      <Box width={10}>
        <Markdown source={'가나다라마 **바사** 아자 차카'} />
      </Box>,
    );
    const frame = await waitForFrame(lastFrame, (f) => f.trim() !== '');
    expect(frame.split('\n')).toEqual(['가나다라마', '바사 아자', '차카']);
  });

  it('renders lists with bullets, nested and ordered', async () => {
    const frame = await frameOf('- 하나\n    - 둘\n- 셋\n\n1. one\n2. two');
    expect(frame.split('\n')).toEqual(['• 하나', '  • 둘', '• 셋', '', '1. one', '2. two']);
  });

  it('renders code blocks indented, keeping their lines', async () => {
    const frame = await frameOf('```Bash\n$ sudo ip netns add direct_netns\n$ ip netns list\n```');
    expect(frame.split('\n')).toEqual(['  $ sudo ip netns add direct_netns', '  $ ip netns list']);
  });

  it('marks a cloze gap and a highlight, and quotes with a bar', async () => {
    expect(await frameOf('[…]하는 기술.')).toBe(' … 하는 기술.');
    expect(await frameOf('==핵심== 내용')).toBe('핵심 내용');
    expect(await frameOf('> [!important]\n> 가상머신')).toBe('│ [!important]\n│ 가상머신');
  });

  it('fences a lab answer so its commands stay on their own lines', async () => {
    const source = answerSource({ kind: 'lab', answer: '$ ip link\n$ ip -br link' });
    expect((await frameOf(source)).split('\n')).toEqual(['  $ ip link', '  $ ip -br link']);
    expect(answerSource({ kind: 'question', answer: 'a\nb' })).toBe('a\nb');
  });
});
