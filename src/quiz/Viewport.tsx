/**
 * A card's body within the rows the terminal has left for it. Ink redraws a frame taller than the
 * terminal by clearing the whole screen, once a second (the elapsed timer), and the top of the card
 * (the question) is gone above the fold; here the body is cut to `rows` and scrolls with ↑/↓ and
 * PgUp/PgDn, with a line saying how much is above and below. Keys no other screen uses: arrows
 * reach neither a grade nor a lab command line. `follow` starts (and stays) at the bottom, where a
 * lab step's command line is, until the learner scrolls.
 */
import { Box, measureElement, Text, useInput, type DOMElement } from 'ink';
import { useEffect, useRef, useState, type ReactNode } from 'react';

export interface ViewportProps {
  /** Rows it may take, its scroll line included. */
  rows: number;
  follow?: boolean;
  children: ReactNode;
}

/** Where the view is: rows scrolled and the rows of content. */
function position(offset: number | null, follow: boolean, max: number): number {
  return Math.min(Math.max(0, offset ?? (follow ? max : 0)), max);
}

export function Viewport({ rows, follow = false, children }: ViewportProps) {
  const inner = useRef<DOMElement>(null);
  const [height, setHeight] = useState<number | null>(null);
  const [offset, setOffset] = useState<number | null>(null);
  useEffect(() => {
    const h = inner.current ? measureElement(inner.current).height : 0;
    if (h !== height) setHeight(h);
  });
  // Unmeasured (a new card) it is drawn whole: most cards fit, and a tall one is cut a frame later.
  const clipped = height !== null && height > rows;
  const visible = clipped ? Math.max(1, rows - 1) : (height ?? 0);
  const max = Math.max(0, (height ?? 0) - visible);
  const at = position(offset, follow, max);
  // Keys can come before React runs the effects of the frame they answer: the handler reads the
  // view as last drawn, and it listens from the first frame on.
  const drawn = useRef({ max, visible });
  drawn.current = { max, visible };
  useInput((_input, key) => {
    const v = drawn.current;
    const step = key.pageDown || key.pageUp ? Math.max(1, v.visible - 1) : 1;
    const by = key.downArrow || key.pageDown ? step : key.upArrow || key.pageUp ? -step : 0;
    // From the offset as it now is: several keys may come before the next frame. Any other key,
    // when following, goes back to the bottom: what was typed is in view.
    if (by !== 0) setOffset((o) => Math.min(v.max, Math.max(0, position(o, follow, v.max) + by)));
    else if (follow) setOffset(null);
  });
  return (
    <Box flexDirection="column">
      <Box flexDirection="column" height={clipped ? visible : undefined} overflowY="hidden">
        <Box ref={inner} flexDirection="column" flexShrink={0} marginTop={-at}>
          {children}
        </Box>
      </Box>
      {clipped ? <ScrollLine above={at} below={max - at} /> : null}
    </Box>
  );
}

function ScrollLine({ above, below }: { above: number; below: number }) {
  const parts = [above > 0 ? `↑ ${above} above` : '', below > 0 ? `↓ ${below} more` : ''].filter(Boolean);
  return <Text dimColor>{`── ${parts.join(' · ')} — ↑/↓ PgUp/PgDn scroll ──`}</Text>;
}

/** What a card's frame around its body is taken to need before it is measured: borders, header, hints. */
const CHROME_GUESS = 8;

/**
 * The rows a screen's body may take: the terminal's rows, less one (ink clears the whole screen
 * for a frame as tall as the terminal) and less what the screen draws around the body, as measured
 * on the last frame (`outer` the whole screen, `body` the box the viewport is in).
 */
export function useBodyRows(rows: number) {
  const outer = useRef<DOMElement>(null);
  const body = useRef<DOMElement>(null);
  const [chrome, setChrome] = useState(CHROME_GUESS);
  useEffect(() => {
    if (outer.current === null || body.current === null) return;
    const c = measureElement(outer.current).height - measureElement(body.current).height;
    if (c !== chrome) setChrome(c);
  });
  return { outer, body, rows: Math.max(3, rows - 1 - chrome) };
}
