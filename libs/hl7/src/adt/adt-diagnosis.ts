import type { Hl7Message, Hl7Segment } from '@medplum/core';
import { valueAt } from '../message/hl7-values';
import type { AdtMapping } from './adt-mapping';

/**
 * The diagnosis group of the message's main diagnosis: the DG1 ranked first (DG1-15 priority 1),
 * else the first DG1; its DG1-3 ICD-10 code mapped by the longest beginning in the sender's
 * `diagnosisGroups`. Undefined when no DG1 is sent or its code belongs to no group the network
 * follows: diagnoses outside the indicators are not Carechain's to keep.
 */
export function diagnosisGroupOf(message: Hl7Message, mapping: AdtMapping): string | undefined {
  const diagnoses = message.getAllSegments('DG1');
  const main = diagnoses.find((dg1) => valueAt(dg1, 15) === '1') ?? diagnoses[0];
  const code = main && icd10CodeOf(main);
  if (!code) return undefined;
  let best: string | undefined;
  for (const prefix of Object.keys(mapping.diagnosisGroups)) {
    const key = prefix.replace('.', '');
    if (code.startsWith(key) && (!best || key.length > best.replace('.', '').length)) best = prefix;
  }
  return best && mapping.diagnosisGroups[best];
}

// ICD-10-SE codes come as I50.9, I509 or i50.9 depending on the EHR.
const icd10CodeOf = (dg1: Hl7Segment) => valueAt(dg1, 3).replace('.', '').toUpperCase();
