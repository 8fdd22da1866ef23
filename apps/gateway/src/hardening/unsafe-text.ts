import { Kind, visit, type DocumentNode, type ValueNode } from 'graphql';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** NUL, which PostgreSQL text cannot hold, or a UTF-16 half without its other half. */
const isUnsafe = (text: string) => text.includes('\0') || LONE_SURROGATE.test(text);

/**
 * The argument (with the path inside it) of the first string holding NUL or an unpaired surrogate,
 * written in the query or passed in a variable, or undefined when every string is clean.
 */
export function unsafeArgumentOf(
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
): string | undefined {
  const argumentOfVariable = new Map<string, string>();
  let found: string | undefined;
  const inValue = (node: ValueNode, path: string): void => {
    if (found) return;
    if (node.kind === Kind.STRING && isUnsafe(node.value)) found = path;
    else if (node.kind === Kind.VARIABLE) argumentOfVariable.set(node.name.value, path);
    else if (node.kind === Kind.LIST) node.values.forEach((v, i) => inValue(v, `${path}[${i}]`));
    else if (node.kind === Kind.OBJECT)
      node.fields.forEach((f) => inValue(f.value, `${path}.${f.name.value}`));
  };
  visit(document, { Argument: (node) => inValue(node.value, node.name.value) });
  if (found) return found;
  for (const [name, value] of Object.entries(variables ?? {})) {
    const inner = unsafePathIn(value, '');
    if (inner !== undefined) return `${argumentOfVariable.get(name) ?? `$${name}`}${inner}`;
  }
  return undefined;
}

function unsafePathIn(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return isUnsafe(value) ? path : undefined;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const inner = unsafePathIn(item, `${path}[${i}]`);
      if (inner !== undefined) return inner;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const inner = unsafePathIn(item, `${path}.${key}`);
      if (inner !== undefined) return inner;
    }
  }
  return undefined;
}
