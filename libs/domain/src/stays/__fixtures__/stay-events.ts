import type { StayEventFact } from '../stay-record';

let sequence = 0;
const base = (occurredAt: string) => ({
  eventId: `e-${++sequence}`,
  sequence,
  occurredAt: new Date(occurredAt),
});
const stayId = 'stay-1';

export const stayEvents = {
  admitted: (at: string, wardCareLinkId = 'ryhov-med-3'): StayEventFact =>
    ({
      ...base(at),
      type: 'PatientAdmitted',
      payload: { stayId, wardCareLinkId },
    }) as StayEventFact,
  transferred: (at: string, from: string, to: string): StayEventFact =>
    ({
      ...base(at),
      type: 'PatientTransferred',
      payload: { stayId, fromWardCareLinkId: from, toWardCareLinkId: to },
    }) as StayEventFact,
  ready: (at: string): StayEventFact =>
    ({ ...base(at), type: 'MedicallyReadyForDischarge', payload: { stayId, readyAt: at } }) as StayEventFact,
  discharged: (at: string, destinationCareLinkId?: string): StayEventFact =>
    ({
      ...base(at),
      type: 'PatientDischarged',
      payload: { stayId, destination: 'home-with-home-care', destinationCareLinkId },
    }) as StayEventFact,
  admissionCancelled: (at: string): StayEventFact => ({
    ...base(at),
    type: 'AdmissionCancelled',
    payload: { stayId },
  }),
  transferCancelled: (at: string, from: string, to: string): StayEventFact =>
    ({
      ...base(at),
      type: 'TransferCancelled',
      payload: { stayId, fromWardCareLinkId: from, toWardCareLinkId: to },
    }) as StayEventFact,
  dischargeCancelled: (at: string): StayEventFact => ({
    ...base(at),
    type: 'DischargeCancelled',
    payload: { stayId },
  }),
};
