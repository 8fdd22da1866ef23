// HL7 table 0211 names of the character sets this listener reads, with their iconv-lite names.
const byHl7Name: Record<string, string> = {
  ASCII: 'ascii',
  '8859/1': 'iso-8859-1',
  '8859/15': 'iso-8859-15',
  'UNICODE UTF-8': 'utf-8',
  'WINDOWS-1252': 'windows-1252',
};

/**
 * The character set a message declares in MSH-18 (read from its first bytes, which every set
 * above writes alike), or the listener's own when it declares none.
 */
export function characterSetOf(
  bytes: Buffer,
  fallback: string,
): { encoding: string; named?: undefined } | { encoding: undefined; named: string } {
  const headerEnd = bytes.indexOf(0x0d);
  const header = bytes
    .subarray(0, headerEnd < 0 ? Math.min(bytes.length, 1024) : headerEnd)
    .toString('latin1');
  if (!header.startsWith('MSH') || header.length < 4) return { encoding: fallback };
  // MSH-1 is the field separator itself, so MSH-18 is the 18th piece after splitting.
  const declared = header
    .split(header[3])[17]
    ?.split(header[4] ?? '^')[0]
    ?.trim()
    .toUpperCase();
  if (!declared) return { encoding: fallback };
  const encoding = byHl7Name[declared];
  return encoding ? { encoding } : { encoding: undefined, named: declared };
}
