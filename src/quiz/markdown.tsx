/**
 * Markdown of prompts and answers rendered as ink nodes: paragraphs, headings, bold, italics,
 * inline code, lists, code blocks and quotes (Obsidian callouts) from remark's mdast. Text wraps
 * inside the parent box's width, so Korean and emoji wrap by display width (ink uses string-width).
 * Cloze gaps `[…]`, Obsidian `==highlights==` and a revealed cloze span (see cloze-reveal.ts) stand
 * out.
 */
import { Box, Text, Transform } from 'ink';
import { useMemo } from 'react';
import type { ReactNode } from 'react';
import { remark } from 'remark';
import type { List, ListItem, Nodes, PhrasingContent, RootContent } from 'mdast';
import { REVEAL_CLOSE, REVEAL_OPEN } from './cloze-reveal.js';
import { breakLongLines } from './long-lines.js';
import { useTheme } from './theme.js';
import type { Tint } from './theme.js';

/** Render `source` Markdown as a column of blocks. */
export function Markdown({ source }: { source: string }) {
  const tree = useMemo(() => remark().parse(breakLongLines(source)), [source]);
  const { tint } = useTheme();
  return <Blocks nodes={tree.children} tint={tint} gap={1} />;
}

function Blocks({ nodes, tint, gap }: { nodes: RootContent[]; tint: Tint; gap: number }) {
  return (
    <Box flexDirection="column" gap={gap}>
      {nodes.map((node, i) => (
        <Block key={i} node={node} tint={tint} />
      ))}
    </Box>
  );
}

function Block({ node, tint }: { node: RootContent; tint: Tint }) {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return (
        <Transform transform={dropWrapSpace}>
          <Text bold={node.type === 'heading'}>{inlines(markRevealed(node.children), tint)}</Text>
        </Transform>
      );
    case 'list':
      return <ListBlock list={node} tint={tint} />;
    case 'code':
      return (
        <Box paddingLeft={2}>
          <Text {...tint('green')}>{node.value}</Text>
        </Box>
      );
    case 'blockquote':
      return (
        <Box borderStyle="single" borderTop={false} borderRight={false} borderBottom={false} paddingLeft={1}>
          <Blocks nodes={node.children} tint={tint} gap={0} />
        </Box>
      );
    case 'thematicBreak':
      return <Text dimColor>───</Text>;
    default:
      return <Text>{plainText(node)}</Text>;
  }
}

function ListBlock({ list, tint }: { list: List; tint: Tint }) {
  const start = list.start ?? 1;
  return (
    <Box flexDirection="column" gap={list.spread ? 1 : 0}>
      {list.children.map((item, i) => (
        <Box key={i} flexDirection="row">
          <Box flexShrink={0}>
            <Text {...tint('cyan')}>{list.ordered ? `${start + i}. ` : bullet(item)}</Text>
          </Box>
          <Box flexDirection="column" flexGrow={1} flexShrink={1}>
            <Blocks nodes={item.children} tint={tint} gap={item.spread ? 1 : 0} />
          </Box>
        </Box>
      ))}
    </Box>
  );
}

function bullet(item: ListItem): string {
  if (item.checked === true) return '☑ ';
  if (item.checked === false) return '☐ ';
  return '• ';
}

// eslint-disable-next-line no-control-regex
const WRAP_SPACE = /^((?:\u001b\[[0-9;]*m)*) /;

/**
 * Ink wraps with `trim: false`, so a space at a wrap point starts the next line; drop it from
 * every line but the first (a soft line break in Markdown never starts with a space).
 */
function dropWrapSpace(line: string, index: number): string {
  return index === 0 ? line : line.replace(WRAP_SPACE, '$1');
}

/** Inline nodes as children of an ink `<Text>`. */
function inlines(nodes: PhrasingContent[], tint: Tint): ReactNode[] {
  return nodes.map((node, i) =>
    revealed.has(node) ? (
      <Text key={i} bold inverse>
        <Inline node={node} tint={tint} />
      </Text>
    ) : (
      <Inline key={i} node={node} tint={tint} />
    ),
  );
}

/** Leaf nodes between a reveal's open and close marks (the marks may fall in different nodes). */
const revealed = new WeakSet<PhrasingContent>();
const REVEAL_MARK = new RegExp(`([${REVEAL_OPEN}${REVEAL_CLOSE}])`);

/** `nodes` with the reveal marks taken out and every leaf between them in `revealed`. */
function markRevealed(nodes: PhrasingContent[], on = { inside: false }): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    if (node.type === 'text' && REVEAL_MARK.test(node.value)) {
      for (const part of node.value.split(REVEAL_MARK)) {
        if (part === REVEAL_OPEN || part === REVEAL_CLOSE) on.inside = part === REVEAL_OPEN;
        else if (part !== '') out.push(leaf({ type: 'text', value: part }, on.inside));
      }
    } else if ('children' in node) {
      out.push({
        ...node,
        children: markRevealed(node.children as PhrasingContent[], on),
      } as PhrasingContent);
    } else out.push(leaf(node, on.inside));
  }
  return out;
}

function leaf(node: PhrasingContent, inside: boolean): PhrasingContent {
  if (inside) revealed.add(node);
  return node;
}

function Inline({ node, tint }: { node: PhrasingContent; tint: Tint }) {
  switch (node.type) {
    case 'text':
      return <>{marks(node.value, tint)}</>;
    case 'strong':
      return <Text bold>{inlines(node.children, tint)}</Text>;
    case 'emphasis':
      return <Text italic>{inlines(node.children, tint)}</Text>;
    case 'delete':
      return <Text strikethrough>{inlines(node.children, tint)}</Text>;
    case 'inlineCode':
      return <Text {...tint('yellow')}>{node.value}</Text>;
    case 'break':
      return <>{'\n'}</>;
    case 'link':
      return <Text underline>{inlines(node.children, tint)}</Text>;
    default:
      return <>{plainText(node)}</>;
  }
}

const MARK = /(\[…\]|==[^=\n]+==)/;

/** Plain text with cloze gaps and `==highlights==` emphasised. */
function marks(text: string, tint: Tint): ReactNode[] {
  return text.split(MARK).map((part, i) => {
    if (i % 2 === 0) return part;
    if (part === '[…]') return <Text key={i} bold inverse>{` … `}</Text>;
    return (
      <Text key={i} bold {...tint('yellow')}>
        {part.slice(2, -2)}
      </Text>
    );
  });
}

/** The text content of any node (for node types without a dedicated rendering). */
function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('alt' in node && typeof node.alt === 'string') return node.alt;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}
