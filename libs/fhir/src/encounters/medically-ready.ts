import {
  codesOf,
  instantAt,
  isObject,
  objectAt,
  referencedId,
  resourceOf,
  type Json,
  type MappingContext,
} from '../mapping/fhir-values';
import type { CareEventDraft } from '../mapping/mapping-result';

/**
 * Carechain's representation of "medically ready for discharge" (utskrivningsklar) in FHIR: an
 * extension on the inpatient Encounter with the time from which the patient no longer needs
 * hospital care. Local profiles name it differently, so any extension whose URL ends in one of
 * `readinessExtensionNames` is read the same way.
 */
export const MEDICALLY_READY_EXTENSION = 'https://carechain.se/fhir/StructureDefinition/medically-ready';
export const readinessExtensionNames = [
  'medically-ready',
  'discharge-ready',
  'ready-for-discharge',
  'utskrivningsklar',
];

/** The other common form: a Flag on the encounter, with this code, active from period.start. */
export const MEDICALLY_READY_FLAG_CODE = `${'https://carechain.se/fhir/CodeSystem/care-chain-flag'}|medically-ready`;

export const READY_FACT = 'medically-ready:';

/** The ready time an Encounter carries in a readiness extension, if any. */
export function readyAtOf(encounter: Json): string | undefined {
  const extensions = Array.isArray(encounter.extension) ? encounter.extension.filter(isObject) : [];
  const index = extensions.findIndex(
    (e) => typeof e.url === 'string' && readinessExtensionNames.includes(e.url.split('/').pop()!),
  );
  if (index < 0) return undefined;
  return instantAt(extensions[index].valueDateTime, `Encounter.extension[${index}].valueDateTime`);
}

export function readyFact(stayId: string, readyAt: string, careLinkId: string): CareEventDraft {
  return {
    fact: `${READY_FACT}${readyAt}`,
    type: 'MedicallyReadyForDischarge',
    occurredAt: readyAt,
    careLinkId,
    payload: { stayId, readyAt },
  };
}

/** Readiness stated by a Flag resource; other flags say nothing Carechain reads. */
export function flagFacts(input: unknown, context: MappingContext): CareEventDraft[] {
  const flag = resourceOf(input, 'Flag');
  if (!codesOf(flag.code).includes(MEDICALLY_READY_FLAG_CODE)) return [];
  const stayId = context.idPrefix + referencedId(flag.encounter, 'Encounter', 'Flag.encounter');
  if (flag.status !== 'active') return [];
  const readyAt = instantAt(objectAt(flag, 'period')?.start, 'Flag.period.start');
  return [readyFact(stayId, readyAt, context.defaultCareLinkId)];
}
