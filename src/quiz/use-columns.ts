/**
 * The terminal's width for the views' boxes, following resizes. Ink wraps text by display width
 * (string-width), so a box as wide as the terminal keeps Korean and emoji lines inside it.
 */
import { useStdout } from 'ink';
import { useEffect, useState } from 'react';

/** Columns assumed when the output stream does not say (a pipe). */
export const DEFAULT_COLUMNS = 80;

function columnsOf(stream: { columns?: number }): number {
  return stream.columns !== undefined && stream.columns > 0 ? stream.columns : DEFAULT_COLUMNS;
}

/** The output stream's column count, updated on `resize`. */
export function useColumns(): number {
  const { stdout } = useStdout();
  const [columns, setColumns] = useState(() => columnsOf(stdout));
  useEffect(() => {
    const onResize = () => setColumns(columnsOf(stdout));
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout]);
  return columns;
}
