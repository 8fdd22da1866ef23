import type { Hl7Message } from '@medplum/core';
import { repetitionsOf, valueAt } from '../message/hl7-values';

export interface HomeOfPatient {
  homeMunicipalityCode?: string;
  listedPrimaryCareUnitHsaId?: string;
}

const MUNICIPALITY_CODE = /^\d{4}$/;
const HSA_ID = /^[A-Za-z0-9-]{3,64}$/;

/**
 * The patient's home municipality (PID-11.9, county/parish code, of the home address, XAD-7 `H`,
 * or else the first address that has one) and listed primary care unit (PD1-3, XON-10 or XON-3):
 * codes only, never the address itself. A code that is not a municipality code or HSA id is left
 * out rather than refusing the admission it came with: the notice then waits for staff to say.
 */
export function homeOfPatient(message: Hl7Message): HomeOfPatient {
  const pid = message.getSegment('PID');
  const addresses = Array.from({ length: repetitionsOf(pid, 11) }, (_, repetition) => ({
    type: valueAt(pid, 11, { component: 7, repetition }),
    code: valueAt(pid, 11, { component: 9, repetition }),
  })).filter((address) => MUNICIPALITY_CODE.test(address.code));
  const home = addresses.find((address) => address.type === 'H') ?? addresses[0];
  const pd1 = message.getSegment('PD1');
  const unit = valueAt(pd1, 3, { component: 10 }) || valueAt(pd1, 3, { component: 3 });
  return {
    ...(home ? { homeMunicipalityCode: home.code } : {}),
    ...(HSA_ID.test(unit) ? { listedPrimaryCareUnitHsaId: unit } : {}),
  };
}
