/**
 * The key legend under a screen: `Space reveal · s skip · u undo · q quit`, keys in bold.
 */
import { Box, Text } from 'ink';
import { Fragment } from 'react';

/** One key and what it does. */
export interface KeyHint {
  key: string;
  label: string;
}

/** A wrapping row of key hints. */
export function KeyHints({ hints }: { hints: KeyHint[] }) {
  return (
    <Box>
      <Text dimColor>
        {hints.map((h, i) => (
          <Fragment key={h.key}>
            {i > 0 ? ' · ' : ''}
            <Text bold>{h.key}</Text> {h.label}
          </Fragment>
        ))}
      </Text>
    </Box>
  );
}
