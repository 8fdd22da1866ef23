import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';

export type Refusal =
  | { kind: 'conflict'; message: string }
  | { kind: 'invalid'; fields: Record<string, string> }
  | { kind: 'other'; error: CombinedError };

/**
 * What the gateway refused and where: bad input lists its problems by field (`input.goals`) in
 * `extensions.problems`, so each message can stand next to its field; a CONFLICT means someone saved first.
 * `under` is where the form's fields sit in the request: `input.`, or '' for plain arguments.
 */
export function refusalOf(error: CombinedError, under = 'input.'): Refusal {
  const first = error.graphQLErrors[0];
  const code = first?.extensions?.code;
  if (code === 'CONFLICT') return { kind: 'conflict', message: first.message };
  if (code !== 'BAD_USER_INPUT') return { kind: 'other', error };
  // Refusals of the request as a whole (a malformed variable, an unsafe operation) name no field.
  const problems = (first.extensions.problems as { field: string; message: string }[] | undefined) ?? [
    { field: '', message: first.message },
  ];
  const fields: Record<string, string> = {};
  for (const { field: path, message } of problems) {
    const rest = path.startsWith(under) ? path.slice(under.length) : '';
    const field = /^[\w.]+$/.test(rest) ? rest.split('.')[0] : 'form';
    fields[field] = fields[field] ? `${fields[field]}; ${message}` : message;
  }
  return { kind: 'invalid', fields };
}

/** Each refused field's message in the reader's words: `<texts>.<field>`, else `<texts>.form`. */
export function fieldMessages(fields: Record<string, string>, t: TFunction, texts: string) {
  return Object.fromEntries(
    Object.keys(fields).map((field) => [field, t(`${texts}.${field}`, { defaultValue: t(`${texts}.form`) })]),
  ) as Record<string, string>;
}
