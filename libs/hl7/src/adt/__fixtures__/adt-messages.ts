import { Hl7Message } from '@medplum/core';
import { readAdtMessage, type AdtReading } from '../adt-care-event';
import { parseAdtMapping, type AdtMappings } from '../adt-mapping';

// Real-shaped HL7 v2 ADT messages, segment by segment as the standard defines them (segments end in CR).
// Patient data is invented; PID-3 repeats a personal identity number, the network's pseudonymous id and a
// hospital record number, as EHRs send them.
export const message = (...segments: string[]) => segments.join('\r');

/** Esther's PID as the Ryhov EHR sends it: personal identity number, network pseudonym, record number. */
export const estherPid =
  'PID|1||19381123-1234^^^SKV&1.2.752.129.2.1.3.1&ISO^NNSWE~pat-7f3a9c^^^ESTHER^PI~4711^^^RYHOV^MR||Svensson^Esther^^^^^L~Andersson^Esther^^^^^M||19381123|F|||Storgatan 1^^J\\XF6\\nk\\XF6\\ping^^55318^SWE||036-123456~070-1234567';

export const adtMessages = {
  admitted: message(
    'MSH|^~\\&|COSMIC|RYHOV|CARECHAIN|ESTHER|20261116074200||ADT^A01^ADT_A01|MSG-A01-0001|P|2.5.1|||AL|NE|SWE|UNICODE UTF-8',
    'EVN|A01|20261116074200|||u123^Sjuksk\\XF6\\terska^Anna|20261116074000',
    estherPid,
    'PV1|1|I|MED3^^^RYHOV^^^^^Medicin 3|E|||SE2321000057-1234^L\\XE4\\kare^Lars|||MED|||||||||V-2026-4711^^^RYHOV^VN|||||||||||||||||||||||||20261116074000',
    'PV2|||^Andf\\XE5\\ddhet',
    'ZPV|1|Lokalt f\\E\\lt|a\\F\\b\\S\\c\\T\\d\\R\\e',
  ),
  transferred: message(
    'MSH|^~\\&|COSMIC|RYHOV|CARECHAIN|ESTHER|20261116120500||ADT^A02^ADT_A02|MSG-A02-0002|P|2.5.1|||AL|NE|SWE|UNICODE UTF-8',
    'EVN|A02|20261116120500||||20261116120000',
    estherPid,
    'PV1|1|I|GER1^^^RYHOV|E||MED3^^^RYHOV|SE2321000057-1234^L\\XE4\\kare^Lars|||MED|||||||||V-2026-4711^^^RYHOV^VN',
  ),
  discharged: message(
    'MSH|^~\\&|COSMIC|RYHOV|CARECHAIN|ESTHER|20261120141000||ADT^A03^ADT_A03|MSG-A03-0003|P|2.5.1|||AL|NE|SWE|UNICODE UTF-8',
    'EVN|A03|20261120141000',
    estherPid,
    'PV1|1|I|GER1^^^RYHOV|E|||SE2321000057-1234^L\\XE4\\kare^Lars|||MED|||||||||V-2026-4711^^^RYHOV^VN|||||||||||||||||06|HTSYD||||||||20261120140000',
  ),
  updated: message(
    'MSH|^~\\&|COSMIC|RYHOV|CARECHAIN|ESTHER|20261117090000||ADT^A08^ADT_A01|MSG-A08-0004|P|2.5.1|||AL|NE|SWE|UNICODE UTF-8',
    'EVN|A08|20261117090000',
    estherPid,
    'PV1|1|I|GER1^^^RYHOV|E|||SE2321000057-1234^L\\XE4\\kare^Lars|||MED|||||||||V-2026-4711^^^RYHOV^VN',
  ),
  admissionCancelled: message(
    'MSH|^~\\&|COSMIC|RYHOV|CARECHAIN|ESTHER|20261116081000||ADT^A11^ADT_A09|MSG-A11-0005|P|2.5.1|||AL|NE|SWE|UNICODE UTF-8',
    'EVN|A11|20261116081000||||20261116074000',
    estherPid,
    'PV1|1|I|MED3^^^RYHOV^^^^^Medicin 3|E|||SE2321000057-1234^L\\XE4\\kare^Lars|||MED|||||||||V-2026-4711^^^RYHOV^VN',
  ),
  transferCancelled: message(
    'MSH|^~\\&|COSMIC|RYHOV|CARECHAIN|ESTHER|20261116123000||ADT^A12^ADT_A12|MSG-A12-0006|P|2.5.1|||AL|NE|SWE|UNICODE UTF-8',
    'EVN|A12|20261116123000||||20261116120000',
    estherPid,
    'PV1|1|I|MED3^^^RYHOV|E||GER1^^^RYHOV|SE2321000057-1234^L\\XE4\\kare^Lars|||MED|||||||||V-2026-4711^^^RYHOV^VN',
  ),
  dischargeCancelled: message(
    'MSH|^~\\&|COSMIC|RYHOV|CARECHAIN|ESTHER|20261120143000||ADT^A13^ADT_A01|MSG-A13-0007|P|2.5.1|||AL|NE|SWE|UNICODE UTF-8',
    'EVN|A13|20261120143000||||20261120140000',
    estherPid,
    'PV1|1|I|GER1^^^RYHOV|E|||SE2321000057-1234^L\\XE4\\kare^Lars|||MED|||||||||V-2026-4711^^^RYHOV^VN',
  ),
  admittedV23: message(
    'MSH|^~\\&|PASIS|VARNAMO|CARECHAIN|ESTHER|202611160742||ADT^A01|MSG-23-0001|P|2.3',
    'EVN|A01|202611160742+0100',
    'PID|1||pat-1b2c3d^^^ESTHER^PI',
    'PV1|1|I|AKM^^^VARNAMO|R|||||||||||||||V-88',
  ),
};

/** The network's mapping for the sending systems above, in Swedish time. */
export const stockholm = 'Europe/Stockholm';

export const mappingInput = {
  patientIdentifier: { type: 'PI', assigningAuthority: 'ESTHER' },
  wards: { MED3: 'ryhov-med-3', GER1: 'ryhov-ger-1', AKM: 'varnamo-akm' },
  dischargeDispositions: { '01': 'home', '06': 'home-with-home-care', '03': 'nursing-home' },
  dischargeLocations: { HTSYD: 'jkpg-home-care-south' },
};

/** A message with one segment's field replaced, or the segment removed when `value` is null. */
export function withField(message: string, segment: string, field: number, value: string | null): string {
  return message
    .split('\r')
    .flatMap((line) => {
      if (!line.startsWith(`${segment}|`)) return [line];
      if (value === null) return [];
      const fields = line.split('|');
      // MSH-1 is the field separator itself, so MSH-n is at index n - 1.
      const index = segment === 'MSH' ? field - 1 : field;
      while (fields.length <= index) fields.push('');
      fields[index] = value;
      return [fields.join('|')];
    })
    .join('\r');
}

/** The mappings a listener reads from a mapping file. */
export const mappingsOf = (input: unknown): AdtMappings => {
  const parsed = parseAdtMapping(input);
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  return parsed.mapping;
};

export const mapping = mappingsOf(mappingInput);

/** What the listener makes of a message under the network's mapping. */
export const readingOf = (text: string, using = mapping): AdtReading =>
  readAdtMessage(Hl7Message.parse(text), using, stockholm);

/** The care events a message records, under the network's mapping or another. */
export function careEventsOf(text: string, using = mapping) {
  const reading = readingOf(text, using);
  if (reading.outcome !== 'care-events')
    throw new Error(`expected care events, got ${JSON.stringify(reading)}`);
  return reading.events;
}

export function careEventOf(text: string, using = mapping) {
  const events = careEventsOf(text, using);
  if (events.length !== 1) throw new Error(`expected one care event, got ${events.length}`);
  return events[0];
}
