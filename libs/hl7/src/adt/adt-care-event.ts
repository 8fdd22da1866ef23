import { createHash } from 'node:crypto';
import type { Hl7Message, Hl7Segment } from '@medplum/core';
import { instantOfHl7DateTime } from '../message/hl7-time';
import { repetitionsOf, valueAt } from '../message/hl7-values';
import type { AdtMapping } from './adt-mapping';
import { homeOfPatient } from './home-of-patient';

/** HL7 table 0357 (message error condition) codes this listener answers with. */
export const hl7ErrorCodes = {
  requiredFieldMissing: 101,
  dataTypeError: 102,
  tableValueNotFound: 103,
  unsupportedMessageType: 200,
  unsupportedEventCode: 201,
  unsupportedProcessingId: 202,
  unsupportedVersionId: 203,
  duplicateKeyIdentifier: 205,
  applicationInternalError: 207,
} as const;
export type Hl7ErrorCode = (typeof hl7ErrorCodes)[keyof typeof hl7ErrorCodes];

/**
 * Why a message is not accepted. AE: its content is wrong, resending it unchanged will not help.
 * AR: Carechain does not take it (message type, event, processing id, version) or could not store
 * it for now; `location` is where in the message the problem is, e.g. PV1-3. Reasons name fields
 * and codes, never patient data.
 */
export interface AdtProblem {
  ackCode: 'AE' | 'AR';
  errorCode: Hl7ErrorCode;
  location?: string;
  reason: string;
}

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
  | { outcome: 'care-event'; event: CareEventSubmission }
  | { outcome: 'nothing-to-record'; note: string }
  | { outcome: 'refused'; problem: AdtProblem };

export const acceptedAdtEvents = ['A01', 'A02', 'A03', 'A08', 'A11', 'A12', 'A13'] as const;
type AdtEvent = (typeof acceptedAdtEvents)[number];

class Refusal extends Error {
  constructor(readonly problem: AdtProblem) {
    super(problem.reason);
  }
}

const refuse = (
  ackCode: AdtProblem['ackCode'],
  errorCode: Hl7ErrorCode,
  location: string,
  reason: string,
): never => {
  throw new Refusal({ ackCode, errorCode, location, reason });
};

/**
 * The care event an ADT message stands for (none for A08), or why it cannot be taken. The same
 * message (sending application, facility and MSH-10 control id) always gives the same event id and
 * idempotency key, so a resent message is stored once. Date-times without an offset are read as
 * wall-clock times of `timeZone`.
 */
export function readAdtMessage(message: Hl7Message, mapping: AdtMapping, timeZone: string): AdtReading {
  try {
    return readAdt(message, mapping, timeZone);
  } catch (error) {
    if (error instanceof Refusal) return { outcome: 'refused', problem: error.problem };
    throw error;
  }
}

function readAdt(message: Hl7Message, mapping: AdtMapping, timeZone: string): AdtReading {
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
  const processingId = valueAt(msh, 11);
  if (!(mapping.processingIds as string[]).includes(processingId)) {
    refuse(
      'AR',
      hl7ErrorCodes.unsupportedProcessingId,
      'MSH-11',
      `processing id '${processingId}' is not accepted here; accepted: ${mapping.processingIds.join(', ')}`,
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
  const trigger = valueAt(msh, 9, { component: 2 }) || valueAt(message.getSegment('EVN'), 1);
  if (!isAccepted(trigger)) {
    return refuse(
      'AR',
      hl7ErrorCodes.unsupportedEventCode,
      'MSH-9',
      `ADT event ${trigger} is not accepted; send ${acceptedAdtEvents.join(', ')}`,
    );
  }
  const controlId = required('MSH-10', valueAt(msh, 10), 'the message control id makes resending safe');
  if (trigger === 'A08')
    return {
      outcome: 'nothing-to-record',
      note: 'A08 updates nothing Carechain records; ward moves come as A02',
    };

  const pv1 = segment(message, 'PV1');
  const stayId = required('PV1-19', valueAt(pv1, 19), 'the visit number identifies the stay');
  const ward = careLinkOf('PV1-3', valueAt(pv1, 3), mapping.wards, 'wards', true);
  const idempotencyKey = `hl7v2:${JSON.stringify([valueAt(msh, 3), valueAt(msh, 4), controlId])}`;
  const [type, reported] = careEventOf(trigger, stayId, ward, pv1, mapping);
  const payload = type === 'PatientAdmitted' ? { ...reported, ...homeOfPatient(message) } : reported;
  return {
    outcome: 'care-event',
    event: {
      eventId: uuidOf(idempotencyKey),
      idempotencyKey,
      type,
      schemaVersion: 1,
      patientId: patientIdOf(segment(message, 'PID'), mapping),
      occurredAt: occurredAtOf(trigger, message, timeZone),
      source: { system: sourceSystemOf(msh), careLinkId: ward },
      payload,
    },
  };
}

function careEventOf(
  trigger: Exclude<AdtEvent, 'A08'>,
  stayId: string,
  ward: string,
  pv1: Hl7Segment,
  mapping: AdtMapping,
): [string, Record<string, unknown>] {
  switch (trigger) {
    case 'A01':
      return [
        'PatientAdmitted',
        { stayId, wardCareLinkId: ward, admissionType: admissionTypeOf(valueAt(pv1, 4)) },
      ];
    case 'A02':
      return [
        'PatientTransferred',
        {
          stayId,
          fromWardCareLinkId: careLinkOf('PV1-6', valueAt(pv1, 6), mapping.wards, 'wards', true),
          toWardCareLinkId: ward,
        },
      ];
    case 'A03': {
      const disposition = valueAt(pv1, 36);
      const destinationCareLinkId = careLinkOf(
        'PV1-37',
        valueAt(pv1, 37),
        mapping.dischargeLocations,
        'dischargeLocations',
        false,
      );
      return [
        'PatientDischarged',
        {
          stayId,
          destination: disposition
            ? careLinkOf('PV1-36', disposition, mapping.dischargeDispositions, 'dischargeDispositions', true)
            : 'other',
          ...(destinationCareLinkId ? { destinationCareLinkId } : {}),
        },
      ];
    }
    case 'A11':
      return ['AdmissionCancelled', { stayId }];
    // The patient is back on PV1-3; PV1-6 holds the ward the cancelled transfer went to.
    case 'A12':
      return [
        'TransferCancelled',
        {
          stayId,
          fromWardCareLinkId: ward,
          toWardCareLinkId: careLinkOf('PV1-6', valueAt(pv1, 6), mapping.wards, 'wards', true),
        },
      ];
    case 'A13':
      return ['DischargeCancelled', { stayId }];
  }
}

function isAccepted(trigger: string): trigger is AdtEvent {
  return (acceptedAdtEvents as readonly string[]).includes(trigger);
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

/** The identifier of the configured type (CX-5) and authority (CX-4.1) among PID-3's repetitions. */
function patientIdOf(pid: Hl7Segment, mapping: AdtMapping): string {
  const { type, assigningAuthority } = mapping.patientIdentifier;
  for (let repetition = 0; repetition < repetitionsOf(pid, 3); repetition++) {
    const matches =
      valueAt(pid, 3, { component: 5, repetition }) === type &&
      (!assigningAuthority ||
        valueAt(pid, 3, { component: 4, subcomponent: 1, repetition }) === assigningAuthority);
    const id = valueAt(pid, 3, { repetition });
    if (matches && id) return id;
  }
  const from = assigningAuthority ? ` from ${assigningAuthority}` : '';
  return refuse(
    'AE',
    hl7ErrorCodes.requiredFieldMissing,
    'PID-3',
    `PID-3 has no identifier of type ${type}${from}, the pseudonymous patient id`,
  );
}

// HL7 table 0007 admission types.
function admissionTypeOf(code: string): 'emergency' | 'elective' | 'other' {
  if (['E', 'A', 'U'].includes(code)) return 'emergency';
  if (['C', 'R'].includes(code)) return 'elective';
  return 'other';
}

const eventTimeFields: Record<Exclude<AdtEvent, 'A08'>, string[]> = {
  A01: ['EVN-6', 'PV1-44', 'EVN-2', 'MSH-7'],
  A02: ['EVN-6', 'EVN-2', 'MSH-7'],
  A03: ['EVN-6', 'PV1-45', 'EVN-2', 'MSH-7'],
  // A cancellation happens when it is recorded; EVN-6 may repeat the time of what it cancels.
  A11: ['EVN-2', 'EVN-6', 'MSH-7'],
  A12: ['EVN-2', 'EVN-6', 'MSH-7'],
  A13: ['EVN-2', 'EVN-6', 'MSH-7'],
};

/** When it happened: the first of the trigger's time fields that is sent (EVN-6 event occurred, EVN-2 recorded). */
function occurredAtOf(trigger: Exclude<AdtEvent, 'A08'>, message: Hl7Message, timeZone: string): string {
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
        `${location} is not an HL7 date-time with at least the minute (YYYYMMDDHHMM[SS][+ZZZZ])`,
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

function sourceSystemOf(msh: Hl7Segment | undefined): string {
  const application = valueAt(msh, 3) || 'unnamed';
  const facility = valueAt(msh, 4);
  return `hl7v2:${application}${facility ? `@${facility}` : ''}`.slice(0, 128);
}

/** A name-based UUID (version 5 layout) of the idempotency key. */
function uuidOf(key: string): string {
  const hex = createHash('sha256').update(key).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
