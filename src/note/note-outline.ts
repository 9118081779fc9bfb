/**
 * A note's outline from a full CommonMark parse (remark + remark-frontmatter → mdast): its sections,
 * the top-level list items in each and the `==highlights==` in each. Too slow for ingest (~14 ms
 * for the seed note against ~0.3 ms for the line scan), so it serves the `doctor` and the tests
 * that check the fast line-based card extraction against a real Markdown parser on every fixture.
 */
import type { Nodes, Parent, PhrasingContent, RootContent } from 'mdast';
import { remark } from 'remark';
import remarkFrontmatter from 'remark-frontmatter';
import { findHighlights } from './highlights.js';

/** A piece of text found in the note and the 1-based file line where it starts. */
export interface OutlineText {
  line: number;
  text: string;
}

/**
 * A heading at the root of the document and what its section holds. As in the template (every
 * section a `###`), a section runs to the next root heading of the same depth.
 */
export interface OutlineSection {
  heading: string;
  depth: number;
  line: number;
  /** First-paragraph text of each item of the section's top-level lists. */
  items: OutlineText[];
  /** Inner text of each highlight in the section (code excluded). */
  highlights: OutlineText[];
}

export interface NoteOutline {
  /** Whether the note starts with a YAML frontmatter block. */
  frontmatter: boolean;
  sections: OutlineSection[];
}

const processor = remark().use(remarkFrontmatter, ['yaml']);

/** Parse `text` (a whole note) with remark and outline it. */
export function noteOutline(text: string): NoteOutline {
  const root = processor.parse(text);
  const children = root.children;
  const sections: OutlineSection[] = [];
  children.forEach((node, i) => {
    if (node.type !== 'heading') return;
    let end = i + 1;
    while (end < children.length && !endsSection(children[end], node.depth)) end++;
    sections.push({
      heading: flatten(node.children).trim(),
      depth: node.depth,
      line: node.position?.start.line ?? 0,
      items: listItems(children.slice(i + 1, end)),
      highlights: highlightsIn(children.slice(i + 1, end)),
    });
  });
  return { frontmatter: children[0]?.type === 'yaml', sections };
}

function endsSection(node: RootContent | undefined, depth: number): boolean {
  return node?.type === 'heading' && node.depth === depth;
}

function listItems(nodes: readonly RootContent[]): OutlineText[] {
  const items: OutlineText[] = [];
  for (const node of nodes) {
    if (node.type !== 'list') continue;
    for (const item of node.children) {
      const first = item.children[0];
      const text = first?.type === 'paragraph' ? flatten(first.children) : '';
      items.push({ line: item.position?.start.line ?? 0, text });
    }
  }
  return items;
}

function highlightsIn(nodes: readonly Nodes[]): OutlineText[] {
  const found: OutlineText[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      const text = flatten(node.children);
      const first = node.position?.start.line ?? 0;
      for (const h of findHighlights(text)) {
        found.push({ line: first + (text.slice(0, h.start).match(/\n/g)?.length ?? 0), text: h.inner });
      }
    } else if ('children' in node) (node as Parent).children.forEach((c) => visit(c as Nodes));
  };
  nodes.forEach(visit);
  return found;
}

/** Phrasing content back to text: code spans keep their backticks so highlights skip them. */
function flatten(nodes: readonly PhrasingContent[]): string {
  return nodes.map(flattenOne).join('');
}

function flattenOne(node: PhrasingContent): string {
  switch (node.type) {
    case 'text':
    case 'html':
      return node.value;
    case 'inlineCode': {
      const fence = '`'.repeat(
        (node.value.match(/`+/g) ?? []).reduce((n, r) => Math.max(n, r.length), 0) + 1,
      );
      return `${fence}${node.value}${fence}`;
    }
    case 'break':
      return '\n';
    case 'image':
      return node.alt ?? '';
    default:
      return 'children' in node ? flatten(node.children) : '';
  }
}
