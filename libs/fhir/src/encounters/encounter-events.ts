import type { dischargeDestinations } from '@carechain/contracts';
import {
  arrayAt,
  codesOf,
  instantAt,
  objectAt,
  optionalInstantAt,
  resourceOf,
  type Json,
  type MappingContext,
} from '../mapping/fhir-values';
import { unmappable, type CareEventDraft } from '../mapping/mapping-result';
import { readyAtOf, readyFact } from './medically-ready';

/** Encounter classes that are inpatient stays (v3 ActCode); other encounters are not part of a stay. */
const inpatientClasses = new Set(['IMP', 'ACUTE', 'NONAC']);
const notHappened = new Set(['planned', 'cancelled', 'entered-in-error', 'unknown']);

const destinationOf: Record<string, (typeof dischargeDestinations)[number]> = {
  home: 'home',
  'alt-home': 'home',
  'other-hcf': 'other-hospital',
  psy: 'other-hospital',
  rehab: 'other-hospital',
  hosp: 'nursing-home',
  long: 'nursing-home',
  snf: 'nursing-home',
  exp: 'deceased',
};

interface WardStay {
  careLinkId: string;
  from: string;
}

/**
 * The facts an inpatient Encounter states: admission to its first ward, a transfer at every change
 * of ward in its location history, readiness for discharge, and discharge once finished.
 */
export function encounterFacts(input: unknown, context: MappingContext): CareEventDraft[] {
  const encounter = resourceOf(input, 'Encounter');
  if (typeof encounter.status !== 'string')
    unmappable('required', 'Encounter.status', 'the encounter has no status');
  const encounterClass = objectAt(encounter, 'class');
  if (!encounterClass || typeof encounterClass.code !== 'string')
    unmappable('required', 'Encounter.class', 'the encounter has no class');
  if (!inpatientClasses.has(encounterClass.code) || notHappened.has(encounter.status)) return [];

  const stayId = `${context.idPrefix}${encounter.id}`;
  const history = arrayAt(encounter, 'statusHistory');
  const startOf = (status: string) =>
    history.find((h) => h.status === status && objectAt(h, 'period')?.start)?.period as Json | undefined;
  const period = objectAt(encounter, 'period');
  const admittedAt =
    period?.start !== undefined
      ? instantAt(period.start, 'Encounter.period.start')
      : instantAt((startOf('arrived') ?? startOf('in-progress'))?.start, 'Encounter.period.start');
  const wards = wardsOf(encounter, admittedAt, context);

  const facts: CareEventDraft[] = [
    {
      fact: 'admitted',
      type: 'PatientAdmitted',
      occurredAt: admittedAt,
      careLinkId: wards[0].careLinkId,
      payload: { stayId, wardCareLinkId: wards[0].careLinkId, admissionType: admissionTypeOf(encounter) },
    },
  ];
  for (let i = 1; i < wards.length; i++) {
    const [from, to] = [wards[i - 1], wards[i]];
    facts.push({
      fact: `transferred:${to.from}:${to.careLinkId}`,
      type: 'PatientTransferred',
      occurredAt: to.from,
      careLinkId: from.careLinkId,
      payload: { stayId, fromWardCareLinkId: from.careLinkId, toWardCareLinkId: to.careLinkId },
    });
  }
  const currentWard = wards[wards.length - 1].careLinkId;
  const readyAt = readyAtOf(encounter);
  if (readyAt) facts.push(readyFact(stayId, readyAt, currentWard));
  if (encounter.status === 'finished')
    facts.push(dischargeOf(encounter, stayId, currentWard, period, startOf('finished'), context));
  return facts;
}

/** The wards the patient lay on, in time order, with consecutive beds on one ward merged. */
function wardsOf(encounter: Json, admittedAt: string, context: MappingContext): WardStay[] {
  const entries = arrayAt(encounter, 'location').flatMap((entry, i) => {
    // A bed reserved during leave, or one planned, is not where the patient lay.
    if (entry.status === 'planned' || entry.status === 'reserved') return [];
    const location = objectAt(entry, 'location');
    const careLinkId = location && context.careLinkOfLocation(location as never);
    if (!careLinkId) {
      unmappable(
        'not-found',
        `Encounter.location[${i}].location`,
        `location ${i} is not mapped to a care link of this connection`,
      );
    }
    return [
      {
        careLinkId,
        i,
        from: optionalInstantAt(objectAt(entry, 'period')?.start, `Encounter.location[${i}].period.start`),
      },
    ];
  });
  if (!entries.length)
    unmappable('required', 'Encounter.location', 'the stay has no location that is mapped to a ward');
  const timed = entries.map(({ careLinkId, i, from }, k) => {
    if (!from && k > 0)
      unmappable(
        'required',
        `Encounter.location[${i}].period.start`,
        'a later location needs the time the patient moved there',
      );
    return { careLinkId, from: from ?? admittedAt };
  });
  const wards: WardStay[] = [];
  for (const ward of timed.sort((a, b) => Date.parse(a.from) - Date.parse(b.from))) {
    if (wards.at(-1)?.careLinkId !== ward.careLinkId) wards.push(ward);
  }
  return wards;
}

function admissionTypeOf(encounter: Json): 'emergency' | 'elective' | 'other' {
  const priority = codesOf(encounter.priority);
  const admitSource = codesOf(objectAt(encounter, 'hospitalization')?.admitSource);
  if (priority.some((c) => c === 'EM' || c === 'UR') || admitSource.includes('emd')) return 'emergency';
  if (priority.some((c) => c === 'EL' || c === 'R')) return 'elective';
  return 'other';
}

function dischargeOf(
  encounter: Json,
  stayId: string,
  ward: string,
  period: Json | undefined,
  finished: Json | undefined,
  context: MappingContext,
): CareEventDraft {
  const dischargedAt = instantAt(period?.end ?? finished?.start, 'Encounter.period.end');
  const hospitalization = objectAt(encounter, 'hospitalization');
  const destinationLocation = hospitalization && objectAt(hospitalization, 'destination');
  const destinationCareLinkId = destinationLocation
    ? context.careLinkOfLocation(destinationLocation as never)
    : undefined;
  const disposition =
    codesOf(hospitalization?.dischargeDisposition)
      .map((c) => destinationOf[c])
      .find(Boolean) ?? 'other';
  const destination = disposition === 'home' && destinationCareLinkId ? 'home-with-home-care' : disposition;
  return {
    fact: 'discharged',
    type: 'PatientDischarged',
    occurredAt: dischargedAt,
    careLinkId: ward,
    payload: { stayId, destination, ...(destinationCareLinkId ? { destinationCareLinkId } : {}) },
  };
}
