/**
 * The terminal's size for the views, following resizes. Ink wraps text by display width
 * (string-width), so a box as wide as the terminal keeps Korean and emoji lines inside it; a card
 * taller than the terminal scrolls inside it (see `Viewport`).
 */
import { useStdout } from 'ink';
import { useEffect, useState } from 'react';

/** Columns assumed when the output stream does not say (a pipe). */
export const DEFAULT_COLUMNS = 80;

type Size = { columns?: number; rows?: number };

function columnsOf(stream: Size): number {
  return stream.columns !== undefined && stream.columns > 0 ? stream.columns : DEFAULT_COLUMNS;
}

/** Rows of a terminal; none (no limit) when the stream does not say (a pipe, a test's stream). */
function rowsOf(stream: Size): number {
  return stream.rows !== undefined && stream.rows > 0 ? stream.rows : Infinity;
}

/** One of the output stream's dimensions, updated on `resize`. */
function useStdoutSize(of: (stream: Size) => number): number {
  const { stdout } = useStdout();
  const [size, setSize] = useState(() => of(stdout));
  useEffect(() => {
    const onResize = () => setSize(of(stdout));
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout, of]);
  return size;
}

/** The output stream's column count. */
export const useColumns = (): number => useStdoutSize(columnsOf);

/** The output stream's row count (Infinity when it is not a terminal that says). */
export const useRows = (): number => useStdoutSize(rowsOf);
