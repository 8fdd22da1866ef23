import { hash } from 'node:crypto';
import type { Hl7Message, Hl7Segment } from '@medplum/core';
import { instantOfHl7DateTime } from '../message/hl7-time';
import { repetitionsOf, valueAt } from '../message/hl7-values';
import { diagnosisGroupOf } from './adt-diagnosis';
import { mappingOfSender, type AdtMapping, type AdtMappings } from './adt-mapping';
import { AdtRefusal, hl7ErrorCodes, refuse, type AdtProblem } from './adt-refusal';
import { homeOfPatient } from './home-of-patient';

export { hl7ErrorCodes, type AdtProblem, type Hl7ErrorCode } from './adt-refusal';

/** A care event submission as the contract defines it, built from one ADT message. */
export interface CareEventSubmission {
  eventId: string;
  idempotencyKey: string;
  type: string;
  schemaVersion: 1;
  patientId: string;
  occurredAt: string;
  source: { system: string; careLinkId: string };
  payload: Record<string, unknown>;
}

export type AdtReading =
  | { outcome: 'care-events'; events: CareEventSubmission[] }
  | { outcome: 'nothing-to-record'; note: string }
  | { outcome: 'refused'; problem: AdtProblem };

/** Events acknowledged without a care event, and why: what they say is not Carechain's to keep. */
const nothingToRecord = {
  A04: 'A04 registers an outpatient or emergency visit, not an inpatient stay; an admission from it comes as A06 or A01',
  A05: 'A05 pre-admits a planned stay; the stay begins with its admission (A01)',
  A08: 'A08 updates nothing Carechain records; ward moves come as A02',
  A14: 'A14 announces a pending admission; the stay begins with the admission (A01)',
  A15: 'A15 announces a pending transfer; the move is recorded when it happens (A02)',
  A16: 'A16 announces a pending discharge; the stay ends with the discharge (A03)',
  A21: 'A21 leave of absence: the stay goes on while the patient is on leave, so nothing changes',
  A22: 'A22 back from leave of absence: the stay went on while the patient was away, so nothing changes',
} as const;

const recordedEvents = ['A01', 'A02', 'A03', 'A06', 'A07', 'A11', 'A12', 'A13', 'A17', 'A40'] as const;
type RecordedEvent = (typeof recordedEvents)[number];

export const acceptedAdtEvents = [...recordedEvents, ...Object.keys(nothingToRecord)].sort();

/** What each trigger records, from which time fields: the first one sent is when it happened. */
const eventTimeFields: Record<RecordedEvent, string[]> = {
  A01: ['EVN-6', 'PV1-44', 'EVN-2', 'MSH-7'],
  A02: ['EVN-6', 'EVN-2', 'MSH-7'],
  A03: ['EVN-6', 'PV1-45', 'EVN-2', 'MSH-7'],
  // The inpatient stay starts when the visit becomes one, not at the emergency visit's arrival.
  A06: ['EVN-6', 'EVN-2', 'MSH-7'],
  // A cancellation happens when it is recorded; EVN-6 may repeat the time of what it cancels.
  A07: ['EVN-2', 'EVN-6', 'MSH-7'],
  A11: ['EVN-2', 'EVN-6', 'MSH-7'],
  A12: ['EVN-2', 'EVN-6', 'MSH-7'],
  A13: ['EVN-2', 'EVN-6', 'MSH-7'],
  A17: ['EVN-6', 'EVN-2', 'MSH-7'],
  A40: ['EVN-6', 'EVN-2', 'MSH-7'],
};

interface Reading {
  message: Hl7Message;
  mapping: AdtMapping;
  timeZone: string;
  trigger: RecordedEvent;
}

/** One care event of a message, before the envelope's ids are given. */
interface Recorded {
  type: string;
  patientId: string;
  careLinkId: string;
  payload: Record<string, unknown>;
}

/**
 * The care events an ADT message stands for (none for what Carechain does not keep), or why it
 * cannot be taken. Each sender's messages are read with its own mapping. The same message (sending
 * application, facility and MSH-10 control id) always gives the same event ids and idempotency
 * keys, so a resent message is stored once. Date-times without an offset are read as wall-clock
 * times of `timeZone`.
 */
export function readAdtMessage(message: Hl7Message, mappings: AdtMappings, timeZone: string): AdtReading {
  try {
    return readAdt(message, mappings, timeZone);
  } catch (error) {
    if (error instanceof AdtRefusal) return { outcome: 'refused', problem: error.problem };
    throw error;
  }
}

function readAdt(message: Hl7Message, mappings: AdtMappings, timeZone: string): AdtReading {
  const msh = message.getSegment('MSH');
  const version = valueAt(msh, 12);
  if (!version.startsWith('2.')) {
    refuse(
      'AR',
      hl7ErrorCodes.unsupportedVersionId,
      'MSH-12',
      `HL7 version '${version}' is not supported; send HL7 v2 (2.x)`,
    );
  }
  const messageType = valueAt(msh, 9);
  if (messageType !== 'ADT') {
    refuse(
      'AR',
      hl7ErrorCodes.unsupportedMessageType,
      'MSH-9',
      `only ADT messages are accepted, not '${messageType}'`,
    );
  }
  const [application, facility] = [valueAt(msh, 3), valueAt(msh, 4)];
  const mapping =
    mappingOfSender(mappings, application, facility) ??
    refuse(
      'AR',
      hl7ErrorCodes.tableValueNotFound,
      'MSH-3',
      `no mapping for sending application '${application}' at facility '${facility}' (MSH-3, MSH-4); add it to the listener's mapping file`,
    );
  const processingId = valueAt(msh, 11);
  if (!(mapping.processingIds as string[]).includes(processingId)) {
    refuse(
      'AR',
      hl7ErrorCodes.unsupportedProcessingId,
      'MSH-11',
      `processing id '${processingId}' is not accepted here; accepted: ${mapping.processingIds.join(', ')}`,
    );
  }
  const trigger = valueAt(msh, 9, { component: 2 }) || valueAt(message.getSegment('EVN'), 1);
  if (!acceptedAdtEvents.includes(trigger)) {
    refuse(
      'AR',
      hl7ErrorCodes.unsupportedEventCode,
      'MSH-9',
      `ADT event ${trigger} is not accepted; send ${acceptedAdtEvents.join(', ')}`,
    );
  }
  const controlId = required('MSH-10', valueAt(msh, 10), 'the message control id makes resending safe');
  if (trigger in nothingToRecord)
    return { outcome: 'nothing-to-record', note: nothingToRecord[trigger as keyof typeof nothingToRecord] };

  const reading: Reading = { message, mapping, timeZone, trigger: trigger as RecordedEvent };
  const recorded = recordedOf(reading);
  if (typeof recorded === 'string') return { outcome: 'nothing-to-record', note: recorded };
  const { instant, precision } = occurredAtOf(reading);
  const events = recorded.map((event, index): CareEventSubmission => {
    // The first event keeps the key a message of one event has always had.
    const key = [application, facility, controlId, ...(index ? [index] : [])];
    const idempotencyKey = `hl7v2:${JSON.stringify(key)}`;
    return {
      eventId: uuidOf(idempotencyKey),
      idempotencyKey,
      type: event.type,
      schemaVersion: 1,
      patientId: event.patientId,
      occurredAt: instant,
      source: { system: sourceSystemOf(application, facility), careLinkId: event.careLinkId },
      payload: {
        ...event.payload,
        ...(event.type === 'PatientAdmitted' ? homeOfPatient(message) : {}),
        ...(precision === 'day' || precision === 'hour' ? { occurredAtPrecision: precision } : {}),
      },
    };
  });
  return { outcome: 'care-events', events };
}

/** The care events of a trigger, or why there are none. */
function recordedOf(reading: Reading): Recorded[] | string {
  const { message, trigger } = reading;
  if (trigger === 'A40') return mergesOf(reading);
  if (trigger === 'A17') return swapOf(reading);
  const pv1 = segment(message, 'PV1');
  // A07 reports the class the visit has become; the stay it undoes was an inpatient one.
  if (trigger !== 'A07') {
    const outside = outsideInpatientCare(pv1, reading.mapping, trigger);
    if (outside) return outside;
  }
  return [stayEventOf(reading, segment(message, 'PID'), pv1)];
}

function stayEventOf(reading: Reading, pid: Hl7Segment, pv1: Hl7Segment): Recorded {
  const { mapping, trigger, message } = reading;
  const stayId = stayIdOf(pv1);
  const ward = careLinkOf('PV1-3', valueAt(pv1, 3), mapping.wards, 'wards', true);
  const priorWard = () => careLinkOf('PV1-6', valueAt(pv1, 6), mapping.wards, 'wards', true);
  const event = (type: string, payload: Record<string, unknown>): Recorded => ({
    type,
    patientId: patientIdOf(pid, 3, mapping),
    careLinkId: ward,
    payload: { stayId, ...payload },
  });
  const diagnosisGroup = () => {
    const group = diagnosisGroupOf(message, mapping);
    return group ? { diagnosisGroup: group } : {};
  };
  switch (trigger) {
    case 'A01':
    case 'A06':
      return event('PatientAdmitted', {
        wardCareLinkId: ward,
        admissionType: admissionTypeOf(valueAt(pv1, 4)),
        ...diagnosisGroup(),
      });
    case 'A02':
      return event('PatientTransferred', { fromWardCareLinkId: priorWard(), toWardCareLinkId: ward });
    case 'A03': {
      const disposition = valueAt(pv1, 36);
      const destinationCareLinkId = careLinkOf(
        'PV1-37',
        valueAt(pv1, 37),
        mapping.dischargeLocations,
        'dischargeLocations',
        false,
      );
      return event('PatientDischarged', {
        destination: disposition
          ? careLinkOf('PV1-36', disposition, mapping.dischargeDispositions, 'dischargeDispositions', true)
          : 'other',
        ...(destinationCareLinkId ? { destinationCareLinkId } : {}),
        ...diagnosisGroup(),
      });
    }
    case 'A07':
    case 'A11':
      return event('AdmissionCancelled', {});
    // The patient is back on PV1-3; PV1-6 holds the ward the cancelled transfer went to.
    case 'A12':
      return event('TransferCancelled', { fromWardCareLinkId: ward, toWardCareLinkId: priorWard() });
    case 'A13':
      return event('DischargeCancelled', {});
    default:
      throw new Error(`${trigger} is not a stay event`);
  }
}

/** Why a visit records nothing: PV1-2 names a class that is no inpatient stay. */
function outsideInpatientCare(pv1: Hl7Segment, mapping: AdtMapping, trigger: string): string | undefined {
  const patientClass = required('PV1-2', valueAt(pv1, 2), 'the patient class tells a stay from a visit');
  if (mapping.inpatientClasses.includes(patientClass)) return undefined;
  return `${trigger} for PV1-2 patient class '${patientClass}': only inpatient stays (${mapping.inpatientClasses.join(', ')}) are recorded, so outpatient and emergency visits record nothing`;
}

/**
 * A17 swaps two inpatients' beds. Each PID/PV1 pair names a patient and the place it had (PV1-3);
 * afterwards each lies where the other was. A swap within one ward moves nobody between the wards
 * Carechain knows, so it records nothing.
 */
function swapOf(reading: Reading): Recorded[] | string {
  const { message, mapping } = reading;
  const [pids, pv1s] = [message.getAllSegments('PID'), message.getAllSegments('PV1')];
  if (pids.length !== 2 || pv1s.length !== 2)
    refuse(
      'AE',
      hl7ErrorCodes.requiredFieldMissing,
      'PID',
      `A17 needs two PID and PV1 segments, one pair for each patient swapped; got ${pids.length} PID and ${pv1s.length} PV1`,
    );
  for (const pv1 of pv1s) {
    const outside = outsideInpatientCare(pv1, mapping, 'A17');
    if (outside) return outside;
  }
  const wards = pv1s.map((pv1) => careLinkOf('PV1-3', valueAt(pv1, 3), mapping.wards, 'wards', true));
  if (wards[0] === wards[1]) return 'A17 swaps beds within one ward; the ward of each stay stays the same';
  return pids.map((pid, i) => ({
    type: 'PatientTransferred',
    patientId: patientIdOf(pid, 3, mapping),
    careLinkId: wards[1 - i],
    payload: { stayId: stayIdOf(pv1s[i]), fromWardCareLinkId: wards[i], toWardCareLinkId: wards[1 - i] },
  }));
}

/**
 * A40: each PID names the surviving pseudonymous id, the MRG after it the id merged into it. The
 * care link that reports it is PV1-3's ward, else the sender's patient register.
 */
function mergesOf({ message, mapping }: Reading): Recorded[] {
  const merges: Recorded[] = [];
  let pid: Hl7Segment | undefined;
  let careLinkId: string | undefined;
  for (const seg of message.segments) {
    if (seg.name === 'PID') pid = seg;
    if (seg.name === 'PV1' && valueAt(seg, 3))
      careLinkId = careLinkOf('PV1-3', valueAt(seg, 3), mapping.wards, 'wards', true);
    if (seg.name !== 'MRG') continue;
    if (!pid) refuse('AE', hl7ErrorCodes.requiredFieldMissing, 'PID', 'an MRG segment comes before any PID');
    merges.push({
      type: 'PatientIdsMerged',
      patientId: patientIdOf(pid!, 3, mapping),
      careLinkId: '',
      payload: { mergedPatientId: patientIdOf(seg, 1, mapping) },
    });
  }
  if (!merges.length) refuse('AE', hl7ErrorCodes.requiredFieldMissing, 'MRG', 'the MRG segment is missing');
  const reporter =
    careLinkId ??
    mapping.patientRegisterCareLinkId ??
    refuse(
      'AE',
      hl7ErrorCodes.requiredFieldMissing,
      'PV1-3',
      "PV1-3 is empty and the sender's mapping has no patientRegisterCareLinkId to report the merge",
    );
  for (const merge of merges) {
    if (merge.patientId === merge.payload.mergedPatientId)
      refuse('AE', hl7ErrorCodes.dataTypeError, 'MRG-1', 'MRG-1 names the same patient id as PID-3');
    merge.careLinkId = reporter;
  }
  return merges;
}

function segment(message: Hl7Message, name: string): Hl7Segment {
  return (
    message.getSegment(name) ??
    refuse('AE', hl7ErrorCodes.requiredFieldMissing, name, `the ${name} segment is missing`)
  );
}

function required(location: string, value: string, why: string): string {
  return value || refuse('AE', hl7ErrorCodes.requiredFieldMissing, location, `${location} is empty; ${why}`);
}

/**
 * The stay: PV1-19's visit number, qualified by its assigning authority (CX-4.1) when one is sent,
 * because two hospitals may hand out the same numbers.
 */
function stayIdOf(pv1: Hl7Segment): string {
  const visitNumber = required('PV1-19', valueAt(pv1, 19), 'the visit number identifies the stay');
  const authority = valueAt(pv1, 19, { component: 4, subcomponent: 1 });
  return authority ? `${visitNumber}@${authority}` : visitNumber;
}

function careLinkOf(
  location: string,
  code: string,
  table: Record<string, string>,
  tableName: string,
  mandatory: true,
): string;
function careLinkOf(
  location: string,
  code: string,
  table: Record<string, string>,
  tableName: string,
  mandatory: false,
): string | undefined;
function careLinkOf(
  location: string,
  code: string,
  table: Record<string, string>,
  tableName: string,
  mandatory: boolean,
): string | undefined {
  if (!code)
    return mandatory
      ? refuse('AE', hl7ErrorCodes.requiredFieldMissing, location, `${location} is empty`)
      : undefined;
  if (!Object.prototype.hasOwnProperty.call(table, code)) {
    refuse(
      'AE',
      hl7ErrorCodes.tableValueNotFound,
      location,
      `${location} code '${code}' is not in the mapping's ${tableName}`,
    );
  }
  return table[code];
}

/**
 * The pseudonymous patient id in a CX field (PID-3, MRG-1): the first of the sender's identifier
 * types, in its order of preference, that one of the field's repetitions carries.
 */
export function pseudonymOf(seg: Hl7Segment, field: number, mapping: AdtMapping): string | undefined {
  for (const { type, assigningAuthority } of mapping.patientIdentifier) {
    for (let repetition = 0; repetition < repetitionsOf(seg, field); repetition++) {
      const matches =
        valueAt(seg, field, { component: 5, repetition }) === type &&
        (!assigningAuthority ||
          valueAt(seg, field, { component: 4, subcomponent: 1, repetition }) === assigningAuthority);
      const id = valueAt(seg, field, { repetition });
      if (matches && id) return id;
    }
  }
  return undefined;
}

function patientIdOf(seg: Hl7Segment, field: number, mapping: AdtMapping): string {
  const location = `${seg.name}-${field}`;
  const wanted = mapping.patientIdentifier
    .map(
      ({ type, assigningAuthority }) => `${type}${assigningAuthority ? ` from ${assigningAuthority}` : ''}`,
    )
    .join(' or ');
  return (
    pseudonymOf(seg, field, mapping) ??
    refuse(
      'AE',
      hl7ErrorCodes.requiredFieldMissing,
      location,
      `${location} has no identifier of type ${wanted}, the pseudonymous patient id`,
    )
  );
}

// HL7 table 0007 admission types.
function admissionTypeOf(code: string): 'emergency' | 'elective' | 'other' {
  if (['E', 'A', 'U'].includes(code)) return 'emergency';
  if (['C', 'R'].includes(code)) return 'elective';
  return 'other';
}

/** When it happened: the first of the trigger's time fields that is sent (EVN-6 event occurred, EVN-2 recorded). */
function occurredAtOf({ trigger, message, timeZone }: Reading) {
  const fields = eventTimeFields[trigger];
  for (const location of fields) {
    const [name, position] = location.split('-');
    const value = valueAt(message.getSegment(name), Number(position));
    if (!value) continue;
    return (
      instantOfHl7DateTime(value, timeZone) ??
      refuse(
        'AE',
        hl7ErrorCodes.dataTypeError,
        location,
        `${location} is not an HL7 date-time with at least the day (YYYYMMDD[HH[MM[SS]]][+ZZZZ])`,
      )
    );
  }
  return refuse(
    'AE',
    hl7ErrorCodes.requiredFieldMissing,
    fields[0],
    `no event time: ${fields.join(', ')} are all empty`,
  );
}

/** The sending application and facility (MSH-3, MSH-4) as a source system name. */
export function sourceSystemOf(application: string, facility: string): string {
  return `hl7v2:${application || 'unnamed'}${facility ? `@${facility}` : ''}`.slice(0, 128);
}

/** A name-based UUID (version 5 layout) of the idempotency key; one-shot, half a Hash object's CPU. */
function uuidOf(key: string): string {
  const hex = hash('sha256', key);
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
