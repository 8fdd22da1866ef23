import { Inject, Injectable } from '@nestjs/common';
import { validateCareEvent, type ContractProblem, type ValidCareEvent } from '@carechain/contracts';
import { refusalOfSubmission, type SubmissionRefusal, type Submitter } from '@carechain/domain';
import { CareEventStore, type ExpectedAppendOutcome, type NewCareEvent } from '@carechain/persistence';
import { CareRelationships, factOf } from './care-relationships';

export type IntakeResult =
  | ExpectedAppendOutcome
  | { status: 'rejected'; eventId?: string; problems: ContractProblem[] }
  | { status: 'forbidden'; eventId?: string; problems: SubmissionRefusal[] };

/**
 * Validates submitted care events, refuses those the submitter may not send (see
 * refusalOfSubmission), and appends the rest to the store in one transaction, each medicine-list
 * change or care-plan version decided against the version it was made from.
 */
@Injectable()
export class IntakeService {
  constructor(
    @Inject(CareEventStore) private readonly store: CareEventStore,
    @Inject(CareRelationships) private readonly relationships: CareRelationships,
  ) {}

  async submit(inputs: unknown[], submitter: Submitter): Promise<IntakeResult[]> {
    const checked = inputs.map(validateCareEvent);
    const refusals = await this.refusalsOf(
      checked.map((result) => (result.ok ? result.event : null)),
      submitter,
    );
    const valid: NewCareEvent[] = [];
    checked.forEach((result, i) => {
      if (result.ok && !refusals[i]) valid.push(withoutRecordedAt(result.event));
    });
    // Without versioned events, one statement and no interactive transaction.
    const stored = valid.length ? await this.store.appendInOneStatement(valid) : [];
    let next = 0;
    return checked.map((result, i): IntakeResult => {
      if (!result.ok) return { status: 'rejected', eventId: idOf(inputs[i]), problems: result.problems };
      const refusal = refusals[i];
      if (refusal) return { status: 'forbidden', eventId: result.event.eventId, problems: [refusal] };
      return stored[next++];
    });
  }

  private async refusalsOf(
    events: (ValidCareEvent | null)[],
    submitter: Submitter,
  ): Promise<(SubmissionRefusal | null)[]> {
    if (submitter.kind === 'connection')
      return events.map((event) => event && refusalOfSubmission(submitter, submissionOf(event), false));
    const now = new Date();
    const own = events.filter((e): e is ValidCareEvent => e?.source.careLinkId === submitter.careLinkId);
    const patients = [...new Set(own.map((e) => e.patientId))];
    const [history, addressed] = patients.length
      ? await Promise.all([
          this.relationships.historyOf(patients),
          this.relationships.lastAddressedTo(submitter.careLinkId, patients),
        ])
      : [new Map(), new Map<string, Date>()];
    let sequence = Number.MAX_SAFE_INTEGER - events.length;
    return events.map((event) => {
      if (!event) return null;
      const facts = history.get(event.patientId) ?? [];
      const lastAddressedAt = addressed.get(event.patientId) ?? null;
      const holds = this.relationships.holds(submitter.careLinkId, facts, lastAddressedAt, now);
      const refusal = refusalOfSubmission(submitter, submissionOf(event), holds);
      // A later event of the same submission may rest on this one (an admission, then its notice).
      if (!refusal) facts.push(factOf({ ...event, careLinkId: event.source.careLinkId }, ++sequence));
      return refusal;
    });
  }
}

function submissionOf(event: ValidCareEvent) {
  return { type: event.type, sourceCareLinkId: event.source.careLinkId, payload: event.payload };
}

// recordedAt is Carechain's to set; a sender's value is ignored.
function withoutRecordedAt<T extends { recordedAt?: string }>(event: T): Omit<T, 'recordedAt'> {
  const { recordedAt: _ignored, ...rest } = event;
  return rest;
}

function idOf(input: unknown): string | undefined {
  const id = (input as { eventId?: unknown } | null)?.eventId;
  return typeof id === 'string' ? id : undefined;
}
