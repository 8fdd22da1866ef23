import type { Hl7Context, Hl7Segment } from '@medplum/core';

const regExpQuoted = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Text as sent, with HL7 escape sequences (\F\ \S\ \T\ \R\ \E\ and \Xhh..\) turned back into characters. */
export function unescapeHl7(value: string, context: Hl7Context): string {
  const escape = context.escapeCharacter;
  if (!escape || !value.includes(escape)) return value;
  const sequence = new RegExp(
    `${regExpQuoted(escape)}([^${regExpQuoted(escape)}]*)${regExpQuoted(escape)}`,
    'g',
  );
  const characterOf: Record<string, string> = {
    F: context.fieldSeparator,
    S: context.componentSeparator,
    T: context.subcomponentSeparator,
    R: context.repetitionSeparator,
    E: escape,
  };
  return value.replace(sequence, (whole, code: string) => {
    if (code in characterOf) return characterOf[code];
    if (/^X(?:[0-9A-Fa-f]{2})+$/.test(code)) return Buffer.from(code.slice(1), 'hex').toString('latin1');
    // Formatting (\.br\, \H\ ...) and locally defined (\Z..\) sequences mean nothing in ids and codes.
    return whole;
  });
}

/** Text made safe to place in one HL7 field: delimiters escaped, line breaks as spaces. */
export function escapeHl7(text: string, context: Hl7Context): string {
  const escape = context.escapeCharacter;
  const sequenceOf = new Map([
    [escape, 'E'],
    [context.fieldSeparator, 'F'],
    [context.componentSeparator, 'S'],
    [context.subcomponentSeparator, 'T'],
    [context.repetitionSeparator, 'R'],
  ]);
  return [...text.replace(/[\r\n]+/g, ' ')]
    .map((c) => (sequenceOf.has(c) ? `${escape}${sequenceOf.get(c)}${escape}` : c))
    .join('');
}

/**
 * The text at a position of a segment, unescaped; '' when absent. Field, component and
 * subcomponent are numbered from 1, as in `PID-3.4.1`; repetitions from 0.
 */
export function valueAt(
  segment: Hl7Segment | undefined,
  field: number,
  {
    component = 1,
    subcomponent,
    repetition = 0,
  }: { component?: number; subcomponent?: number; repetition?: number } = {},
): string {
  const value = segment?.getField(field);
  if (!segment || !value || repetition >= value.components.length) return '';
  return unescapeHl7(
    value.getComponent(component, subcomponent === undefined ? undefined : subcomponent - 1, repetition),
    segment.context,
  );
}

/** How many repetitions a field has (a field that is present but empty has one). */
export function repetitionsOf(segment: Hl7Segment | undefined, field: number): number {
  return segment?.getField(field)?.components.length ?? 0;
}
