import { careEventEnvelope, careEvents, uniquePatientId } from '@carechain/testing';
import type { RunningPlatform } from './running-platform';

const event = (type: string, patientId: string, occurredAt: string, payload: object) =>
  careEventEnvelope(type, patientId, occurredAt, 'ryhov-med-1', { stayId: `stay-${patientId}`, ...payload });

/** One stay: admitted, notices at the given times, ready, discharged to a municipality's home care. */
export function stayOf(
  patientId: string,
  homeCare: string,
  at: { admitted: string; admissionNotice: string; ready: string; readyNotice: string; discharged: string },
) {
  const admitted = careEvents.admitted(patientId, at.admitted, 'ryhov-med-1');
  const admissionNotice = event('CareLinkNotified', patientId, at.admissionNotice, {
    notice: 'admission-notice',
    toCareLinkId: homeCare,
  });
  const ready = event('MedicallyReadyForDischarge', patientId, at.ready, {
    readyAt: at.ready,
    expectedDestinationCareLinkId: homeCare,
  });
  const readyNotice = event('CareLinkNotified', patientId, at.readyNotice, {
    notice: 'ready-for-discharge-notice',
    toCareLinkId: homeCare,
  });
  const discharged = event('PatientDischarged', patientId, at.discharged, {
    destination: 'home-with-home-care',
    destinationCareLinkId: homeCare,
  });
  return { admitted, admissionNotice, ready, readyNotice, discharged };
}

export type LiabilityStay = ReturnType<typeof stayOf>;

/**
 * Four stays of October 2026, over the autumn clock change (25 October 03:00 CEST becomes 02:00 CET),
 * under Jönköping's rules.
 */
export function octoberStays() {
  const [a, b, c, d] = Array.from({ length: 4 }, uniquePatientId);
  // A: notices on time, ready Friday 10:00: grace 24, 25, 26; charged 27, 28, 29 October.
  const stayA = stayOf(a, 'jonkoping-home-care', {
    admitted: '2026-10-20T09:00:00+02:00',
    admissionNotice: '2026-10-20T12:00:00+02:00',
    ready: '2026-10-23T10:00:00+02:00',
    readyNotice: '2026-10-23T10:30:00+02:00',
    discharged: '2026-10-29T12:00:00+01:00',
  });
  // B: the same wait, but the admission notice 25 hours after admission: nothing charged.
  const stayB = stayOf(b, 'jonkoping-home-care', {
    admitted: '2026-10-20T09:00:00+02:00',
    admissionNotice: '2026-10-21T10:00:00+02:00',
    ready: '2026-10-23T10:00:00+02:00',
    readyNotice: '2026-10-23T10:30:00+02:00',
    discharged: '2026-10-29T12:00:00+01:00',
  });
  // C: ready Friday 15:00, after the 14:00 cut-off, so the ready notice on Monday is on time;
  // grace from Monday 26: 27, 28, 29; charged 30 and 31 October.
  const stayC = stayOf(c, 'jonkoping-home-care', {
    admitted: '2026-10-21T09:00:00+02:00',
    admissionNotice: '2026-10-21T09:30:00+02:00',
    ready: '2026-10-23T15:00:00+02:00',
    readyNotice: '2026-10-26T09:00:00+01:00',
    discharged: '2026-10-31T12:00:00+01:00',
  });
  // D: goes home to Habo: on Habo's invoice, not Jönköping's.
  const stayD = stayOf(d, 'habo-home-care', {
    admitted: '2026-10-20T09:00:00+02:00',
    admissionNotice: '2026-10-20T10:00:00+02:00',
    ready: '2026-10-22T10:00:00+02:00',
    readyNotice: '2026-10-22T10:30:00+02:00',
    discharged: '2026-10-27T12:00:00+01:00',
  });
  return { a, b, c, d, stayA, stayB, stayC, stayD };
}

/** Region Jönköping, Jönköping and Habo in the directory, each with a finance link; the stays projected. */
export async function seedLiabilityNetwork(platform: RunningPlatform, stays: LiabilityStay[]): Promise<void> {
  await platform.saveDirectory(
    [
      { organisationId: 'region-jonkoping', name: 'Region Jönköpings län', kind: 'region' },
      { organisationId: 'jonkoping-municipality', name: 'Jönköpings kommun', kind: 'municipality' },
      { organisationId: 'habo-municipality', name: 'Habo kommun', kind: 'municipality' },
    ],
    [
      {
        careLinkId: 'ryhov-med-1',
        name: 'Medicin 1',
        kind: 'hospital-ward',
        organisationId: 'region-jonkoping',
        hospital: 'Länssjukhuset Ryhov',
      },
      {
        careLinkId: 'region-finance',
        name: 'Regionens ekonomi',
        kind: 'other',
        organisationId: 'region-jonkoping',
      },
      {
        careLinkId: 'jonkoping-home-care',
        name: 'Hemtjänst Jönköping',
        kind: 'home-care',
        organisationId: 'jonkoping-municipality',
      },
      {
        careLinkId: 'jonkoping-finance',
        name: 'Jönköpings kommun ekonomi',
        kind: 'other',
        organisationId: 'jonkoping-municipality',
      },
      {
        careLinkId: 'habo-home-care',
        name: 'Hemtjänst Habo',
        kind: 'home-care',
        organisationId: 'habo-municipality',
      },
    ],
  );
  await platform.submitProjected(stays.flatMap((stay) => Object.values(stay)));
}
