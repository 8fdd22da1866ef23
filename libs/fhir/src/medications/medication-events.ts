import {
  arrayAt,
  codesOf,
  instantAt,
  lastUpdatedOf,
  objectAt,
  resourceOf,
  type Json,
  type MappingContext,
} from '../mapping/fhir-values';
import { orNullIfUnmappable as quietly, unmappable, type CareEventDraft } from '../mapping/mapping-result';
import { MEDICINE_LIST_IDENTIFIER_SYSTEM } from './medicine-list-resource';
import { changedAtFieldOf, medicationUseOf, type Medication, type MedicationUseType } from './medication-use';

interface MedicationChange {
  action: 'added' | 'stopped' | 'dose-changed';
  medication: Medication;
  dose?: string;
  route?: string;
  reason?: string;
}

/** Codes by which a List is a medication list: LOINC medication history/summary, SNOMED medication review. */
export const medicationListCodes = [
  'http://loinc.org|10160-0',
  'http://loinc.org|56445-0',
  'http://loinc.org|52471-0',
  'http://snomed.info/sct|182836005',
];

/**
 * A MedicationStatement, MedicationRequest, MedicationAdministration or MedicationDispense version,
 * compared with the previous one, as a change of the medicine list: started, stopped, or the dose
 * changed.
 */
export function medicationUseChanges(
  current: unknown,
  previous: unknown,
  context: MappingContext,
): CareEventDraft[] {
  const now = medicationUseOf(current);
  if (!now) return [];
  const before = previous === undefined ? null : quietly(() => medicationUseOf(previous));
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
  const resource = current as Json;
  const changedAt = changedAtFieldOf(resource.resourceType as MedicationUseType);
  return listChange(changes, changedAt ? changedAtOf(resource, changedAt) : lastUpdatedOf(resource), context);
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
