import { Hl7Message } from '@medplum/core';
import { adtMessages } from '../adt/__fixtures__/adt-messages';
import { parseHl7Message } from './hl7-parse';

const asRead = (message: Hl7Message) =>
  message.segments.map((segment) => ({
    name: segment.name,
    fields: segment.fields.map((f) => f.components),
  }));

describe('the listener reads a message into the same segments, fields and components as medplum', () => {
  const texts: Record<string, string> = {
    ...adtMessages,
    'other separators': 'MSH#!*%$#COSMIC#RYHOV###20261116#ADT!A01#1#P#2.5.1\rPID#1##a!b*c!d$e#',
    'line feeds and empty segments': 'MSH|^~\\&|A|B\n\nEVN|A01|2026\r\nPID|||~^~|\r',
    'no encoding characters': 'MSH|',
    'only MSH': 'MSH',
  };

  it.each(Object.keys(texts))('%s', (name) => {
    const text = texts[name];
    const read = parseHl7Message(text);
    expect(asRead(read)).toEqual(asRead(Hl7Message.parse(text)));
    expect(read.context).toEqual(Hl7Message.parse(text).context);
    expect(read.toString()).toBe(Hl7Message.parse(text).toString());
  });

  it('refuses text that does not begin with MSH, as medplum does', () => {
    expect(() => parseHl7Message('PID|1')).toThrow('Invalid HL7 message');
  });
});
