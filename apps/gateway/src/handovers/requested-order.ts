import { Kind, parse, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

type Json = unknown;

/**
 * The package data with its fields in the order the specification asked for them. PostgreSQL's
 * jsonb keeps keys in its own order, and a ward reads a handover in the order it designed.
 */
export function inRequestedOrder(document: string, data: Json): Json {
  const parsed = parse(document);
  const fragments = new Map(
    parsed.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const operation = parsed.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  return operation ? ordered(operation.selectionSet, data, fragments) : data;
}

function ordered(
  selectionSet: SelectionSetNode,
  value: Json,
  fragments: Map<string, FragmentDefinitionNode>,
): Json {
  if (Array.isArray(value)) return value.map((item) => ordered(selectionSet, item, fragments));
  if (value === null || typeof value !== 'object') return value;
  const source = value as Record<string, Json>;
  const result: Record<string, Json> = {};
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        if (!(key in source) || key in result) continue;
        result[key] = selection.selectionSet
          ? ordered(selection.selectionSet, source[key], fragments)
          : source[key];
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  visit(selectionSet);
  // Anything the document does not name (it never should) is kept, after what it does.
  for (const [key, item] of Object.entries(source)) if (!(key in result)) result[key] = item;
  return result;
}
