import seedrandom from 'seedrandom';
import { careEventEnvelope, type CareEventType } from '@carechain/contracts';

/**
 * A simulated regional care chain, 1998 to 2011, shaped to the Esther network's published
 * figures: unnecessary days 1113 in 1999 and 62 in 2011; about 9,300 admissions in 1998 and 7,300
 * in 2003; about 3,500 heart-failure hospital days in 1998 and 2,500 in 2000.
 */
export const publishedFigures = {
  unnecessaryDays: { 1999: 1113, 2011: 62 },
  admissions: { 1998: 9300, 2003: 7300 },
  heartFailureHospitalDays: { 1998: 3500, 2000: 2500 },
} as const;

/** Unnecessary days per year: the published points, and a declining curve between them. */
export const unnecessaryDaysPerYear: Record<number, number> = {
  1998: 1190,
  1999: 1113,
  2000: 905,
  2001: 702,
  2002: 540,
  2003: 415,
  2004: 318,
  2005: 246,
  2006: 190,
  2007: 148,
  2008: 117,
  2009: 93,
  2010: 76,
  2011: 62,
};

const admissionsPerYear = (year: number) =>
  year <= 2003 ? 9300 - 400 * (year - 1998) : 7300 - 40 * (year - 2003);
const heartFailureDaysPerYear = (year: number) =>
  year <= 2000 ? 3500 - 500 * (year - 1998) : 2500 - 60 * (year - 2000);

const hospitals = {
  ryhov: 'Länssjukhuset Ryhov',
  hoglandet: 'Höglandssjukhuset',
  varnamo: 'Värnamo sjukhus',
};
const wardDirectory = [
  { careLinkId: 'ryhov-med-1', name: 'Medicinavdelning 1', hospital: hospitals.ryhov },
  { careLinkId: 'ryhov-med-2', name: 'Medicinavdelning 2', hospital: hospitals.ryhov },
  { careLinkId: 'ryhov-ger', name: 'Geriatriken', hospital: hospitals.ryhov },
  { careLinkId: 'ryhov-card', name: 'Kardiologen', hospital: hospitals.ryhov },
  { careLinkId: 'hoglandet-med', name: 'Medicinavdelningen', hospital: hospitals.hoglandet },
  { careLinkId: 'varnamo-med', name: 'Medicinavdelningen', hospital: hospitals.varnamo },
];
// Huskvarna is a part of Jönköping municipality, with home care of its own.
const homeCareDirectory = [
  { careLinkId: 'jonkoping-home-care', name: 'Hemtjänst Jönköping', municipality: 'jonkoping' },
  { careLinkId: 'huskvarna-home-care', name: 'Hemtjänst Huskvarna', municipality: 'jonkoping' },
  { careLinkId: 'nassjo-home-care', name: 'Hemtjänst Nässjö', municipality: 'nassjo' },
  { careLinkId: 'eksjo-home-care', name: 'Hemtjänst Eksjö', municipality: 'eksjo' },
  { careLinkId: 'vetlanda-home-care', name: 'Hemtjänst Vetlanda', municipality: 'vetlanda' },
  { careLinkId: 'tranas-home-care', name: 'Hemtjänst Tranås', municipality: 'tranas' },
  { careLinkId: 'varnamo-home-care', name: 'Hemtjänst Värnamo', municipality: 'varnamo' },
  { careLinkId: 'gislaved-home-care', name: 'Hemtjänst Gislaved', municipality: 'gislaved' },
  { careLinkId: 'vaggeryd-home-care', name: 'Hemtjänst Vaggeryd', municipality: 'vaggeryd' },
  { careLinkId: 'habo-home-care', name: 'Hemtjänst Habo', municipality: 'habo' },
];
const municipalities = {
  jonkoping: 'Jönköping',
  nassjo: 'Nässjö',
  eksjo: 'Eksjö',
  vetlanda: 'Vetlanda',
  tranas: 'Tranås',
  varnamo: 'Värnamo',
  gislaved: 'Gislaved',
  vaggeryd: 'Vaggeryd',
  habo: 'Habo',
};

/** The organisations and care links of the simulated chain, for the care-link directory. */
export const estherNetworkDirectory = {
  organisations: [
    { organisationId: 'region-jonkoping', name: 'Region Jönköpings län', kind: 'region' },
    ...Object.entries(municipalities).map(([id, name]) => ({
      organisationId: `${id}-municipality`,
      name: `${name} kommun`,
      kind: 'municipality',
    })),
  ],
  careLinks: [
    {
      careLinkId: 'ryhov-akm',
      name: 'Akutmottagningen',
      kind: 'emergency-department',
      organisationId: 'region-jonkoping',
      hospital: hospitals.ryhov,
    },
    ...wardDirectory.map((w) => ({ ...w, kind: 'hospital-ward', organisationId: 'region-jonkoping' })),
    ...homeCareDirectory.map(({ municipality, ...link }) => ({
      ...link,
      kind: 'home-care',
      organisationId: `${municipality}-municipality`,
      hospital: null,
    })),
  ],
};

export const wards = wardDirectory.map((w) => w.careLinkId);
export const homeCare = homeCareDirectory.map((h) => h.careLinkId);
const causes = [
  'home-care-capacity',
  'primary-care-capacity',
  'nursing-home-place',
  'awaiting-assessment',
  'patient-or-family-choice',
  'other',
];
const TIME_ZONE_OFFSET = '+01:00';

export type DemoEvent = ReturnType<typeof careEventEnvelope>;

// Winter time all year: no demo instant falls near a daylight-saving change or a year end.
const at = (year: number, dayOfYear: number, time: string) => {
  const d = new Date(Date.UTC(year, 0, dayOfYear));
  return `${d.toISOString().slice(0, 10)}T${time}${TIME_ZONE_OFFSET}`;
};

/** Splits a year's unnecessary days into waits of 1 to 9 days, exactly summing to the total. */
function waits(total: number, random: () => number): number[] {
  const result: number[] = [];
  let left = total;
  while (left > 0) {
    const wait = Math.min(left, 1 + Math.floor(random() * 9));
    result.push(wait);
    left -= wait;
  }
  return result;
}

/**
 * Every care event of the simulation, deterministic for a seed. `onlyDelayedStays` yields just the
 * stays with a wait, the same ones as in the full run: the unnecessary days depend only on them.
 */
export function* estherNetworkEvents(
  seed = 'esther',
  years: number[] = Object.keys(unnecessaryDaysPerYear).map(Number),
  { onlyDelayedStays = false } = {},
): Generator<DemoEvent> {
  const random = seedrandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  let patientNumber = 0;
  for (const year of years) {
    const admissions = admissionsPerYear(year);
    const delayed = waits(unnecessaryDaysPerYear[year], random);
    const heartFailureDays = heartFailureDaysPerYear(year);
    const heartFailureStays = Math.round(heartFailureDays / 6);
    for (let i = 0; i < admissions; i++) {
      const patientId = `demo-${(++patientNumber).toString(36)}`;
      const stayId = `stay-${patientId}`;
      const ward = pick(wards);
      const home = pick(homeCare);
      const heartFailure = i < heartFailureStays;
      // Heart-failure stays carry the year's hospital days exactly: 6 nights each, the remainder on the first.
      // Delayed stays are the last of the year's list, so they never overlap the heart-failure ones.
      const wait = delayed[admissions - 1 - i] ?? 0;
      const nights = heartFailure
        ? 6 + (i === 0 ? heartFailureDays - 6 * heartFailureStays : 0)
        : wait + 1 + Math.floor(random() * 5);
      const day = 2 + Math.floor(random() * 300);
      if (onlyDelayedStays && wait === 0) continue;
      // The same seed names the same events, so loading the demo twice resubmits them.
      const event = (type: CareEventType, occurredAt: string, careLinkId: string, payload: object) =>
        careEventEnvelope({
          type,
          schemaVersion: 1,
          sameEventWhen: [seed, patientId, type, occurredAt],
          patientId,
          occurredAt,
          source: { system: 'demo-ehr', careLinkId },
          payload: { stayId, ...payload },
        });
      yield event('PatientAdmitted', at(year, day, '08:00:00'), 'ryhov-akm', {
        wardCareLinkId: ward,
        admissionType: 'emergency',
        ...(heartFailure ? { diagnosisGroup: 'heart-failure' } : {}),
      });
      const readyDay = day + nights - wait;
      yield event('MedicallyReadyForDischarge', at(year, readyDay, '10:00:00'), ward, {
        readyAt: at(year, readyDay, '10:00:00'),
        expectedDestinationCareLinkId: home,
      });
      if (wait > 0) {
        yield event('CareLinkNotified', at(year, readyDay, '11:00:00'), ward, {
          notice: 'ready-for-discharge-notice',
          toCareLinkId: home,
        });
        yield event('DischargeDelayCauseRecorded', at(year, readyDay, '12:00:00'), ward, {
          cause: pick(causes),
          from: at(year, readyDay, '10:00:00'),
        });
      }
      yield event('PatientDischarged', at(year, day + nights, '14:00:00'), ward, {
        destination: wait > 0 ? 'home-with-home-care' : 'home',
        destinationCareLinkId: home,
      });
    }
  }
}
