import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';

export type Refusal =
  | { kind: 'conflict'; message: string }
  | { kind: 'invalid'; fields: Record<string, string> }
  | { kind: 'other'; error: CombinedError };

/**
 * What the gateway refused and where: bad input names its fields (`input.goals: …`, several joined
 * by "; "), so each message can stand next to its field; a CONFLICT means someone saved first.
 */
export function refusalOf(error: CombinedError): Refusal {
  const first = error.graphQLErrors[0];
  const code = first?.extensions?.code;
  if (code === 'CONFLICT') return { kind: 'conflict', message: first.message };
  if (code !== 'BAD_USER_INPUT') return { kind: 'other', error };
  const fields: Record<string, string> = {};
  for (const part of first.message.split('; ')) {
    const match = /^input\.([\w.]+): (.*)$/s.exec(part);
    const field = match ? match[1].split('.')[0] : 'form';
    fields[field] = fields[field] ? `${fields[field]}; ${match?.[2] ?? part}` : (match?.[2] ?? part);
  }
  return { kind: 'invalid', fields };
}

/** Each refused field's message in the reader's words: `<texts>.<field>`, else `<texts>.form`. */
export function fieldMessages(fields: Record<string, string>, t: TFunction, texts: string) {
  return Object.fromEntries(
    Object.keys(fields).map((field) => [field, t(`${texts}.${field}`, { defaultValue: t(`${texts}.form`) })]),
  ) as Record<string, string>;
}
