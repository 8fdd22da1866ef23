import type { MedicationChange, MedicineListFact } from '../medicine-list';

let sequence = 0;

/** A change to the list as a care link recorded it, numbered in the order a spec makes them. */
export const listChange = (
  occurredAt: string,
  careLinkId: string,
  ...changes: MedicationChange[]
): MedicineListFact => ({
  eventId: `e-${++sequence}`,
  sequence,
  occurredAt: new Date(occurredAt),
  careLinkId,
  changes,
});

/** A change recorded on the ward at Ryhov the specs follow. */
export const wardChange = (occurredAt: string, ...changes: MedicationChange[]) =>
  listChange(occurredAt, 'ryhov-med-3', ...changes);

/** Furosemide's ATC code, whatever the product is called. */
export const FUROSEMID_ATC = [{ system: 'http://www.whocc.no/atc', code: 'C03CA01' }];
export const alvedon = { text: 'Alvedon 500 mg' };
