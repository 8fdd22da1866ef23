import { Hl7Context, Hl7Message } from '@medplum/core';
import { escapeHl7, repetitionsOf, unescapeHl7, valueAt } from './hl7-values';
import { adtMessages } from '../adt/__fixtures__/adt-messages';

const context = new Hl7Context();

describe('a message carries delimiters, national characters and repeated fields escaped as HL7 defines', () => {
  const message = Hl7Message.parse(adtMessages.admitted);

  it('turns \\F\\ \\S\\ \\T\\ \\R\\ and \\E\\ back into the delimiters they stand for', () => {
    expect(valueAt(message.getSegment('ZPV'), 3)).toBe('a|b^c&d~e');
    expect(valueAt(message.getSegment('ZPV'), 2)).toBe('Lokalt f\\lt');
  });

  it('turns \\Xhh\\ into the character of that code', () => {
    expect(valueAt(message.getSegment('PID'), 11, { component: 3 })).toBe('Jönköping');
  });

  it('reads each repetition of a repeated field, and subcomponents', () => {
    const pid = message.getSegment('PID');
    expect(repetitionsOf(pid, 3)).toBe(3);
    expect(valueAt(pid, 3, { repetition: 1 })).toBe('pat-7f3a9c');
    expect(valueAt(pid, 3, { component: 4, subcomponent: 2, repetition: 0 })).toBe('1.2.752.129.2.1.3.1');
    expect(valueAt(pid, 3, { repetition: 7 })).toBe('');
  });

  it('reads MSH fields at their standard positions', () => {
    expect(valueAt(message.getSegment('MSH'), 10)).toBe('MSG-A01-0001');
  });

  it('leaves formatting sequences it has no use for as sent', () => {
    expect(unescapeHl7('line\\.br\\break', context)).toBe('line\\.br\\break');
  });

  it('escapes text for an ACK so that it stays one field', () => {
    const text = "PV1-3 code 'A|B^C' not found\r\nin wards & more ~ \\";
    const escaped = escapeHl7(text, context);
    expect(escaped).toBe("PV1-3 code 'A\\F\\B\\S\\C' not found in wards \\T\\ more \\R\\ \\E\\");
    expect(unescapeHl7(escaped, context)).toBe(text.replace('\r\n', ' '));
  });
});
