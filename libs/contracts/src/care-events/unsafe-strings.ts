/** One string of a submission that no part of Carechain can keep, located by its JSON path. */
export interface UnsafeString {
  path: string;
  message: string;
}

// A UTF-16 high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function whatIsWrong(text: string): string | null {
  // PostgreSQL refuses NUL in text and jsonb; a lone surrogate is not Unicode and cannot be encoded.
  if (text.includes('\u0000')) return 'must not contain a NUL character (\\u0000)';
  if (LONE_SURROGATE.test(text)) return 'must be valid Unicode: it contains an unpaired surrogate';
  return null;
}

/** A place in the input: its key and the place holding it, so a deep path is shared, not copied. */
interface Place {
  key: string;
  parent: Place | null;
}

const pathOf = (place: Place | null, last?: string): string => {
  const keys = last === undefined ? [] : [last];
  for (let at = place; at; at = at.parent) keys.push(at.key);
  return keys.reverse().join('.');
};

/**
 * Every string (value or object key) in `input` holding a NUL character or an unpaired surrogate,
 * with its path such as `payload.changes.0.reason`. Walked without recursion, so deep nesting
 * cannot exhaust the stack, and without copying paths, so it stays linear in the input's size.
 */
export function unsafeStringsIn(input: unknown): UnsafeString[] {
  const found: UnsafeString[] = [];
  const pending: { value: unknown; place: Place | null }[] = [{ value: input, place: null }];
  while (pending.length) {
    const { value, place } = pending.pop()!;
    if (typeof value === 'string') {
      const problem = whatIsWrong(value);
      if (problem) found.push({ path: pathOf(place) || '(event)', message: problem });
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        const keyProblem = whatIsWrong(key);
        // JSON.stringify escapes the bad character, so the path names the key without carrying it.
        if (keyProblem)
          found.push({ path: pathOf(place, JSON.stringify(key)), message: `key ${keyProblem}` });
        else pending.push({ value: child, place: { key, parent: place } });
      }
    }
  }
  return found.sort((a, b) => a.path.localeCompare(b.path));
}
