import { arrayAt, isObject, objectAt, resourceOf, textOf, type Json } from '../mapping/fhir-values';
import { unmappable } from '../mapping/mapping-result';

export interface Medication {
  text: string;
  coding?: { system: string; code: string; display?: string }[];
}

/** One medication as the list sees it: taken now or no longer. */
export interface MedicationUse {
  medication: Medication;
  taking: boolean;
  dose?: string;
  route?: string;
}

/** The medication resources that say whether a medicine is in use, and how each says it. */
export const medicationUseTypes = [
  'MedicationStatement',
  'MedicationRequest',
  'MedicationAdministration',
  'MedicationDispense',
] as const;
export type MedicationUseType = (typeof medicationUseTypes)[number];

interface UseReading {
  taking: Set<string>;
  ended: Set<string>;
  /** Where the dosage is: a list of instructions, or the one dosage given. */
  dosage: { field: string; many: boolean };
  /** The resource's own time of the change, where it has one that a later version moves too. */
  changedAt?: string;
}

const readings: Record<MedicationUseType, UseReading> = {
  MedicationStatement: {
    taking: new Set(['active', 'intended', 'on-hold']),
    ended: new Set(['completed', 'stopped', 'not-taken', 'entered-in-error']),
    dosage: { field: 'dosage', many: true },
    changedAt: 'dateAsserted',
  },
  MedicationRequest: {
    taking: new Set(['active', 'on-hold']),
    ended: new Set(['completed', 'stopped', 'cancelled', 'entered-in-error']),
    dosage: { field: 'dosageInstruction', many: true },
  },
  // A dose given or being given means the medicine is in use; a withdrawn record means it is not.
  MedicationAdministration: {
    taking: new Set(['in-progress', 'on-hold', 'completed']),
    ended: new Set(['stopped', 'not-done', 'entered-in-error']),
    dosage: { field: 'dosage', many: false },
  },
  // What was handed out is what the patient takes home.
  MedicationDispense: {
    taking: new Set(['in-progress', 'on-hold', 'completed']),
    ended: new Set(['cancelled', 'stopped', 'declined', 'entered-in-error']),
    dosage: { field: 'dosageInstruction', many: true },
  },
};

const orderIntents = new Set([
  'order',
  'original-order',
  'reflex-order',
  'filler-order',
  'instance-order',
  'plan',
]);

export const changedAtFieldOf = (type: MedicationUseType) => readings[type].changedAt;

/** The medication use a resource records; null when it says nothing about the list (a proposal, a draft). */
export function medicationUseOf(input: unknown): MedicationUse | null {
  const type = medicationUseTypes.find((t) => isObject(input) && input.resourceType === t);
  const resource = resourceOf(input, type ?? 'MedicationStatement');
  const reading = readings[type ?? 'MedicationStatement'];
  const name = type ?? 'MedicationStatement';
  if (typeof resource.status !== 'string')
    unmappable('required', `${name}.status`, `the ${name} has no status`);
  if (name === 'MedicationRequest' && !orderIntents.has(String(resource.intent))) return null;
  if (!reading.taking.has(resource.status) && !reading.ended.has(resource.status)) return null;
  const dosage = reading.dosage.many
    ? arrayAt(resource, reading.dosage.field)[0]
    : objectAt(resource, reading.dosage.field);
  return {
    medication: medicationOf(resource, name),
    taking: reading.taking.has(resource.status),
    ...withoutEmpty({ dose: doseOf(dosage), route: textOf(dosage?.route) }),
  };
}

const withoutEmpty = (fields: Record<string, string | undefined>) =>
  Object.fromEntries(Object.entries(fields).filter(([, v]) => v));

/**
 * The medication's name: its concept, a contained Medication's code, the reference's display, or,
 * for a compounded or IV medication without a code, its ingredients.
 */
function medicationOf(resource: Json, type: string): Medication {
  if (resource.medicationCodeableConcept !== undefined)
    return medicationFromConcept(resource.medicationCodeableConcept, `${type}.medicationCodeableConcept`);
  const reference = objectAt(resource, 'medicationReference');
  if (!reference) unmappable('required', `${type}.medication[x]`, 'the medication is missing');
  const display = typeof reference.display === 'string' && reference.display ? reference.display : undefined;
  const ref = reference.reference;
  const contained =
    typeof ref === 'string' && ref.startsWith('#')
      ? arrayAt(resource, 'contained').find((c) => c.resourceType === 'Medication' && `#${c.id}` === ref)
      : undefined;
  if (typeof ref === 'string' && ref.startsWith('#') && !contained && !display)
    unmappable('not-found', `${type}.medicationReference`, `contained medication ${ref} is missing`);
  if (contained && textOf(contained.code))
    return medicationFromConcept(contained.code, `${type}.contained.code`);
  if (display) return { text: display };
  const ingredients = contained ? ingredientsOf(contained) : undefined;
  if (ingredients) return { text: ingredients };
  return unmappable(
    'not-supported',
    `${type}.medicationReference`,
    contained
      ? 'the contained medication has neither a named code nor named ingredients'
      : 'the medication is referenced without a name; contain it or give a display',
  );
}

function ingredientsOf(medication: Json): string | undefined {
  const names = arrayAt(medication, 'ingredient').map(
    (i) => textOf(i.itemCodeableConcept) ?? (isObject(i.itemReference) ? i.itemReference.display : undefined),
  );
  return names.length && names.every((n) => typeof n === 'string' && n)
    ? `${names.join(' + ')}${textOf(medication.form) ? ` (${textOf(medication.form)})` : ''}`
    : undefined;
}

function medicationFromConcept(concept: unknown, expression: string): Medication {
  const text = textOf(concept);
  if (!text)
    unmappable('required', expression, 'the medication has neither text nor a coding with a display');
  const coding = (isObject(concept) && Array.isArray(concept.coding) ? concept.coding.filter(isObject) : [])
    .filter((c) => typeof c.system === 'string' && c.system && typeof c.code === 'string' && c.code)
    .map((c) => ({
      system: c.system as string,
      code: c.code as string,
      ...(typeof c.display === 'string' ? { display: c.display } : {}),
    }));
  return { text, ...(coding.length ? { coding } : {}) };
}

const periodUnits: Record<string, string> = {
  s: 'second',
  min: 'minute',
  h: 'hour',
  d: 'day',
  wk: 'week',
  mo: 'month',
  a: 'year',
};

/** A dosage in words: its text, else what its structured dose, rate and timing say. */
function doseOf(dosage: Json | undefined): string | undefined {
  if (!dosage) return undefined;
  if (typeof dosage.text === 'string' && dosage.text.trim()) return dosage.text;
  const doseAndRate = Array.isArray(dosage.doseAndRate) ? dosage.doseAndRate.filter(isObject)[0] : undefined;
  const parts = [
    quantityOf(dosage.dose) ?? quantityOf(doseAndRate?.doseQuantity),
    rateOf(dosage.rateQuantity ?? dosage.rateRatio ?? doseAndRate?.rateQuantity ?? doseAndRate?.rateRatio),
    timingOf(dosage.timing),
    dosage.asNeededBoolean === true || dosage.asNeededCodeableConcept ? 'as needed' : undefined,
  ].filter(Boolean);
  return parts.length ? parts.join(' ') : undefined;
}

function quantityOf(quantity: unknown): string | undefined {
  if (!isObject(quantity) || typeof quantity.value !== 'number') return undefined;
  const unit = quantity.unit ?? quantity.code;
  return typeof unit === 'string' && unit ? `${quantity.value} ${unit}` : String(quantity.value);
}

function rateOf(rate: unknown): string | undefined {
  if (!isObject(rate)) return undefined;
  if ('numerator' in rate) {
    const [numerator, denominator] = [quantityOf(rate.numerator), quantityOf(rate.denominator)];
    return numerator && denominator ? `at ${numerator} per ${denominator}` : undefined;
  }
  const quantity = quantityOf(rate);
  return quantity ? `at ${quantity}` : undefined;
}

function timingOf(timing: unknown): string | undefined {
  if (!isObject(timing)) return undefined;
  const repeat = isObject(timing.repeat) ? timing.repeat : undefined;
  if (repeat && typeof repeat.frequency === 'number' && typeof repeat.periodUnit === 'string') {
    const unit = periodUnits[repeat.periodUnit] ?? repeat.periodUnit;
    const period =
      typeof repeat.period === 'number' && repeat.period !== 1 ? `${repeat.period} ${unit}s` : unit;
    return `${repeat.frequency} time${repeat.frequency === 1 ? '' : 's'} every ${period}`;
  }
  return textOf(timing.code);
}
