/** The public entry point of text/: what the rest of bokseup and the tests use from it. */
export { displayWidth, fullFit, padToWidth, truncateToWidth } from './display-width.js';
export { byteOfChar, charOfByte, droppedBytes } from './encoding/code-page.js';
export type { CodePage } from './encoding/code-page.js';
export { detectDoubleEncoding } from './encoding/detect-double-encoding.js';
export { plainFit, plainWidth } from './plain-width.js';
export { unifiedDiff } from './unified-diff.js';
export { detectLegacyEncoding } from './encoding/legacy-encoding.js';
export type { LegacyText } from './encoding/legacy-encoding.js';
export { plural } from './plural.js';
export { printable, terminalSafe } from './terminal-safe.js';
