import { unsafeStringsIn, type UnsafeString } from '@carechain/contracts';

/**
 * `value` as JSON, and the strings in it that no store can keep (NUL, unpaired surrogates). JSON
 * writes both as a `\u` escape, so JSON without one has none and is not walked again.
 */
export function storedJsonOf(value: object): { json: string; unsafe: UnsafeString[] } {
  const json = JSON.stringify(value);
  return { json, unsafe: json.includes('\\u') ? unsafeStringsIn(value) : [] };
}
