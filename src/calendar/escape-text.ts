/**
 * RFC 5545 §3.3.11 TEXT escaping: backslash, semicolon, comma and newline are escaped; other
 * control characters (which TEXT may not contain, except tab) are dropped.
 */

/** Escape a value for a TEXT property (SUMMARY, DESCRIPTION, CATEGORIES item, UID, X-WR-CALNAME). */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\n/g, '\\n')
  );
}
