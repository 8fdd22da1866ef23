import { carePlanChanges } from './care-plans/care-plan-events';
import { encounterFacts } from './encounters/encounter-events';
import { changedFacts } from './encounters/encounter-changes';
import { flagFacts } from './encounters/medically-ready';
import { lastUpdatedOf, resourceOf, type MappingContext } from './mapping/fhir-values';
import {
  mapped,
  orNullIfUnmappable,
  type CareEventDraft,
  type MappingResult,
} from './mapping/mapping-result';
import { medicationListChanges, medicationUseChanges } from './medications/medication-events';

/** Resource types the adapter can sync; Patient gives identities, the others care events. */
export const syncableResourceTypes = [
  'Patient',
  'Encounter',
  'Flag',
  'MedicationStatement',
  'MedicationRequest',
  'MedicationAdministration',
  'MedicationDispense',
  'List',
  'CarePlan',
] as const;
export type SyncableResourceType = (typeof syncableResourceTypes)[number];

type Facts = (resource: unknown, context: MappingContext) => CareEventDraft[];

const byFacts = (facts: Facts) => (current: unknown, previous: unknown, context: MappingContext) =>
  changedFacts(
    facts(current, context),
    previous === undefined ? [] : (orNullIfUnmappable(() => facts(previous, context)) ?? []),
    lastUpdatedOf(current as never),
  );

const changesOf: Record<
  Exclude<SyncableResourceType, 'Patient'>,
  (current: unknown, previous: unknown, context: MappingContext) => CareEventDraft[]
> = {
  Encounter: byFacts(encounterFacts),
  Flag: byFacts(flagFacts),
  MedicationStatement: medicationUseChanges,
  MedicationRequest: medicationUseChanges,
  MedicationAdministration: medicationUseChanges,
  MedicationDispense: medicationUseChanges,
  List: medicationListChanges,
  CarePlan: carePlanChanges,
};

/**
 * The care events a new version of a resource brings, given the version synced before it (if any).
 * Pure: the same versions always give the same events, so a re-sync gives nothing new.
 */
export function careEventChanges(
  type: Exclude<SyncableResourceType, 'Patient'>,
  current: unknown,
  previous: unknown,
  context: MappingContext,
): MappingResult {
  return mapped(() => {
    resourceOf(current, type);
    return changesOf[type](current, previous, context);
  });
}
