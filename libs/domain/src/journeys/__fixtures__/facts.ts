import type { JourneyFact } from '../journey';

let sequence = 0;
const at = (iso: string) => new Date(iso);
const base = (occurredAt: string, careLinkId = 'ryhov-akm') => ({
  eventId: `e-${++sequence}`,
  sequence,
  occurredAt: at(occurredAt),
  careLinkId,
});

export const facts = {
  admitted: (occurredAt: string, ward = 'ryhov-med-3', stayId = 'stay-1'): JourneyFact => ({
    ...base(occurredAt),
    type: 'PatientAdmitted',
    payload: { stayId, wardCareLinkId: ward, admissionType: 'emergency' },
  }),
  transferred: (occurredAt: string, from: string, to: string, stayId = 'stay-1'): JourneyFact => ({
    ...base(occurredAt, from),
    type: 'PatientTransferred',
    payload: { stayId, fromWardCareLinkId: from, toWardCareLinkId: to },
  }),
  ready: (
    occurredAt: string,
    readyAt = occurredAt,
    stayId = 'stay-1',
    destination?: string,
  ): JourneyFact => ({
    ...base(occurredAt, 'ryhov-med-3'),
    type: 'MedicallyReadyForDischarge',
    payload: { stayId, readyAt, expectedDestinationCareLinkId: destination },
  }),
  withdrawn: (occurredAt: string, stayId = 'stay-1'): JourneyFact => ({
    ...base(occurredAt, 'ryhov-med-3'),
    type: 'MedicallyReadyWithdrawn',
    payload: { stayId, reason: 'deteriorated' },
  }),
  discharged: (occurredAt: string, destinationCareLinkId?: string, stayId = 'stay-1'): JourneyFact => ({
    ...base(occurredAt, 'ryhov-med-3'),
    type: 'PatientDischarged',
    payload: {
      stayId,
      destination: destinationCareLinkId ? 'home-with-home-care' : 'home',
      destinationCareLinkId,
    },
  }),
  admissionCancelled: (occurredAt: string, ward = 'ryhov-med-3', stayId = 'stay-1'): JourneyFact => ({
    ...base(occurredAt, ward),
    type: 'AdmissionCancelled',
    payload: { stayId },
  }),
  transferCancelled: (occurredAt: string, from: string, to: string, stayId = 'stay-1'): JourneyFact => ({
    ...base(occurredAt, from),
    type: 'TransferCancelled',
    payload: { stayId, fromWardCareLinkId: from, toWardCareLinkId: to },
  }),
  dischargeCancelled: (occurredAt: string, stayId = 'stay-1'): JourneyFact => ({
    ...base(occurredAt, 'ryhov-med-3'),
    type: 'DischargeCancelled',
    payload: { stayId },
  }),
  carePlanUpdated: (occurredAt: string, responsible: string[]): JourneyFact => ({
    ...base(occurredAt, 'ryhov-med-3'),
    type: 'CarePlanUpdated',
    payload: {
      carePlanId: 'sip-1',
      version: 1,
      actions: responsible.map((responsibleCareLinkId) => ({ responsibleCareLinkId })),
    },
  }),
};
