import {
  decideMedicineListChange,
  decideRecordedCarePlanVersion,
  decideRecordedMedicineListChange,
  decideSubmittedCarePlanVersion,
  type CarePlanHead,
  type ChangeMedicineList,
  type Decision,
} from '@carechain/domain';

/** A stored event of a versioned stream, as the stream's rule reads it. */
export interface StreamEvent {
  eventId: string;
  sequence: number;
  occurredAt: Date;
  careLinkId: string;
  payload: Record<string, unknown>;
}

interface VersionedStream {
  /** One stream per patient and name; writers to it are serialised in the database. */
  name: string;
  /** What its rule reads: every stored event, or only the latest (the rest never travels from the store). */
  reads: 'history' | 'latest';
  decide(history: readonly StreamEvent[], payload: Record<string, unknown>): Decision;
  /** The same for what an EHR recorded in its own record: made to the stream as it stands now. */
  decideRecorded(history: readonly StreamEvent[], payload: Record<string, unknown>): Decision;
}

const medicineListOf = (history: readonly StreamEvent[]) =>
  history.map((e) => ({ ...e, changes: (e.payload as unknown as ChangeMedicineList).changes }));

function carePlanHeadOf(history: readonly StreamEvent[]): CarePlanHead | null {
  const latest = history.at(-1);
  return latest
    ? {
        carePlanId: String(latest.payload.carePlanId),
        version: Number(latest.payload.version),
        careLinkId: latest.careLinkId,
        occurredAt: latest.occurredAt,
      }
    : null;
}

/**
 * Event types that are made against a version of what the patient already has: the medicine list
 * (its version is the number of changes) and the care plan (its latest version number). A submitted
 * event of these types is decided against the stream as stored, whichever channel it came from.
 */
export const versionedStreams: Record<string, VersionedStream> = {
  MedicationListChanged: {
    name: 'medicine-list',
    reads: 'history',
    decide: (history, payload) =>
      decideMedicineListChange(medicineListOf(history), payload as unknown as ChangeMedicineList),
    decideRecorded: (history, payload) =>
      decideRecordedMedicineListChange(medicineListOf(history), payload as unknown as ChangeMedicineList),
  },
  CarePlanUpdated: {
    name: 'care-plan',
    reads: 'latest',
    decide: (history, payload) =>
      decideSubmittedCarePlanVersion(carePlanHeadOf(history), payload as { version: number }),
    decideRecorded: (history, payload) =>
      decideRecordedCarePlanVersion(carePlanHeadOf(history), payload as { version: number }),
  },
};

/** The advisory-lock name of a patient's stream. */
export const streamKey = (name: string, patientId: string) => `${name}:${patientId}`;
