import {
  arrayAt,
  codesOf,
  instantAt,
  isObject,
  lastUpdatedOf,
  objectAt,
  resourceOf,
  textOf,
  type Json,
  type MappingContext,
} from '../mapping/fhir-values';
import { orNullIfUnmappable as quietly, unmappable, type CareEventDraft } from '../mapping/mapping-result';
import { MEDICINE_LIST_IDENTIFIER_SYSTEM } from './medicine-list-resource';

interface Medication {
  text: string;
  coding?: { system: string; code: string; display?: string }[];
}

interface MedicationChange {
  action: 'added' | 'stopped' | 'dose-changed';
  medication: Medication;
  dose?: string;
  route?: string;
  reason?: string;
}

/** One prescribed or reported medication as the list sees it; null when the resource says nothing about the list. */
interface MedicationUse {
  medication: Medication;
  taking: boolean;
  dose?: string;
  route?: string;
}

const takingStatements = new Set(['active', 'intended', 'on-hold']);
const endedStatements = new Set(['completed', 'stopped', 'not-taken', 'entered-in-error']);
const takingRequests = new Set(['active', 'on-hold']);
const endedRequests = new Set(['completed', 'stopped', 'cancelled', 'entered-in-error']);
const orderIntents = new Set([
  'order',
  'original-order',
  'reflex-order',
  'filler-order',
  'instance-order',
  'plan',
]);

/** Codes by which a List is a medication list: LOINC medication history/summary, SNOMED medication review. */
export const medicationListCodes = [
  'http://loinc.org|10160-0',
  'http://loinc.org|56445-0',
  'http://loinc.org|52471-0',
  'http://snomed.info/sct|182836005',
];

/**
 * A MedicationStatement or MedicationRequest version, compared with the previous one, as a change
 * of the medicine list: started, stopped, or the dose changed.
 */
export function medicationUseChanges(
  current: unknown,
  previous: unknown,
  context: MappingContext,
): CareEventDraft[] {
  const now = useOf(current);
  if (!now) return [];
  const before = previous === undefined ? null : quietly(() => useOf(previous));
  const changes: MedicationChange[] = [];
  const { medication, dose, route } = now;
  const details = { ...(dose ? { dose } : {}), ...(route ? { route } : {}) };
  if (now.taking && !before?.taking) changes.push({ action: 'added', medication, ...details });
  else if (now.taking && (before!.dose !== dose || before!.route !== route))
    changes.push({ action: 'dose-changed', medication, ...details });
  else if (!now.taking && before?.taking)
    changes.push({
      action: 'stopped',
      medication,
      reason: `${(current as Json).resourceType} status ${(current as Json).status}`,
    });
  return listChange(changes, changedAtOf(current as Json, 'dateAsserted'), context);
}

function useOf(input: unknown): MedicationUse | null {
  const type =
    isObject(input) && input.resourceType === 'MedicationRequest'
      ? 'MedicationRequest'
      : 'MedicationStatement';
  const resource = resourceOf(input, type);
  if (typeof resource.status !== 'string')
    unmappable('required', `${type}.status`, `the ${type} has no status`);
  const [taking, ended] =
    type === 'MedicationRequest' ? [takingRequests, endedRequests] : [takingStatements, endedStatements];
  if (type === 'MedicationRequest' && !orderIntents.has(String(resource.intent))) return null;
  if (!taking.has(resource.status) && !ended.has(resource.status)) return null;
  const dosage = arrayAt(resource, type === 'MedicationRequest' ? 'dosageInstruction' : 'dosage')[0];
  const dose = typeof dosage?.text === 'string' ? dosage.text : undefined;
  return {
    medication: medicationOf(resource, type),
    taking: taking.has(resource.status),
    dose,
    route: textOf(dosage?.route),
  };
}

function medicationOf(resource: Json, type: string): Medication {
  if (resource.medicationCodeableConcept !== undefined)
    return medicationFromConcept(resource.medicationCodeableConcept, `${type}.medicationCodeableConcept`);
  const reference = objectAt(resource, 'medicationReference');
  if (!reference) unmappable('required', `${type}.medication[x]`, 'the medication is missing');
  if (typeof reference.reference === 'string' && reference.reference.startsWith('#')) {
    const contained = arrayAt(resource, 'contained').find(
      (c) => c.resourceType === 'Medication' && `#${c.id}` === reference.reference,
    );
    if (!contained)
      unmappable(
        'not-found',
        `${type}.medicationReference`,
        `contained medication ${reference.reference} is missing`,
      );
    return medicationFromConcept(contained.code, `${type}.contained.code`);
  }
  if (typeof reference.display === 'string' && reference.display) return { text: reference.display };
  return unmappable(
    'not-supported',
    `${type}.medicationReference`,
    'the medication is referenced without a name; contain it or give a display',
  );
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

/**
 * A medication List (by its code), compared with its previous version. In 'changes' mode each entry
 * is a change (deleted entries are stopped); in snapshot or working mode an item that appears is
 * added and one that disappears is stopped.
 */
export function medicationListChanges(
  current: unknown,
  previous: unknown,
  context: MappingContext,
): CareEventDraft[] {
  const list = resourceOf(current, 'List');
  // A list Carechain wrote itself is not read in again.
  if (arrayAt(list, 'identifier').some((i) => i.system === MEDICINE_LIST_IDENTIFIER_SYSTEM)) return [];
  if (!codesOf(list.code).some((c) => medicationListCodes.includes(c))) return [];
  const now = entriesOf(list);
  const before =
    previous === undefined
      ? new Map<string, ListEntry>()
      : (quietly(() => entriesOf(resourceOf(previous, 'List'))) ?? new Map());
  const changes: MedicationChange[] = [];
  for (const [key, entry] of now) {
    const old = before.get(key);
    if (old && old.deleted === entry.deleted) continue;
    changes.push({ action: entry.deleted ? 'stopped' : 'added', medication: entry.medication });
  }
  if (list.mode !== 'changes') {
    for (const [key, entry] of before)
      if (!now.has(key) && !entry.deleted) changes.push({ action: 'stopped', medication: entry.medication });
  }
  return listChange(changes, changedAtOf(list, 'date'), context);
}

interface ListEntry {
  medication: Medication;
  deleted: boolean;
}

function entriesOf(list: Json): Map<string, ListEntry> {
  const entries = new Map<string, ListEntry>();
  arrayAt(list, 'entry').forEach((entry, i) => {
    const item = objectAt(entry, 'item');
    const text = typeof item?.display === 'string' && item.display ? item.display : undefined;
    if (!text)
      unmappable('required', `List.entry[${i}].item.display`, 'the list entry does not name its medication');
    entries.set(typeof item!.reference === 'string' ? item!.reference : text, {
      medication: { text },
      deleted: entry.deleted === true,
    });
  });
  return entries;
}

function listChange(
  changes: MedicationChange[],
  occurredAt: string,
  context: MappingContext,
): CareEventDraft[] {
  if (!changes.length) return [];
  return [
    {
      fact: 'medication-list-changed',
      type: 'MedicationListChanged',
      occurredAt,
      careLinkId: context.defaultCareLinkId,
      // EHR changes are not made against a Carechain list version.
      payload: { listVersion: 0, changes },
    },
  ];
}

/** When the change was recorded: the resource's own timestamp when precise, else when the server stored it. */
function changedAtOf(resource: Json, field: string): string {
  const own = resource[field];
  if (typeof own === 'string' && own.includes('T'))
    return instantAt(own, `${resource.resourceType}.${field}`);
  return lastUpdatedOf(resource);
}
