import { randomUUID } from 'node:crypto';

/** Builders of valid care-event submissions, for tests that need realistic traffic. */
export const careEventEnvelope = (
  type: string,
  patientId: string,
  occurredAt: string,
  careLinkId: string,
  payload: object,
) => ({
  eventId: randomUUID(),
  type,
  schemaVersion: 1,
  patientId,
  occurredAt,
  source: { system: 'test-ehr', careLinkId },
  payload,
});

export const careEvents = {
  admitted: (
    patientId: string,
    occurredAt = '2026-11-16T07:40:00+01:00',
    ward = 'ryhov-med-3',
    stayId = `stay-${patientId}`,
  ) =>
    careEventEnvelope('PatientAdmitted', patientId, occurredAt, 'ryhov-akm', {
      stayId,
      wardCareLinkId: ward,
      admissionType: 'emergency',
    }),
  transferred: (
    patientId: string,
    occurredAt: string,
    from: string,
    to: string,
    stayId = `stay-${patientId}`,
  ) =>
    careEventEnvelope('PatientTransferred', patientId, occurredAt, from, {
      stayId,
      fromWardCareLinkId: from,
      toWardCareLinkId: to,
    }),
  medicallyReady: (patientId: string, readyAt: string, stayId = `stay-${patientId}`) =>
    careEventEnvelope('MedicallyReadyForDischarge', patientId, readyAt, 'ryhov-med-3', {
      stayId,
      readyAt,
      expectedDestinationCareLinkId: 'jkpg-home-care-south',
    }),
  discharged: (patientId: string, occurredAt: string, stayId = `stay-${patientId}`) =>
    careEventEnvelope('PatientDischarged', patientId, occurredAt, 'ryhov-med-3', {
      stayId,
      destination: 'home-with-home-care',
      destinationCareLinkId: 'jkpg-home-care-south',
    }),
};

export const uniquePatientId = () => `pat-${randomUUID().slice(0, 8)}`;
