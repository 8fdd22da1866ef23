import { Inject, Injectable } from '@nestjs/common';
import { validateCareEvent, type ContractProblem } from '@carechain/contracts';
import { CareEventStore, type ExpectedAppendOutcome, type NewCareEvent } from '@carechain/persistence';

export type IntakeResult =
  | ExpectedAppendOutcome
  | { status: 'rejected'; eventId?: string; problems: ContractProblem[] };

/**
 * Validates submitted care events and appends the valid ones to the store in one transaction, each
 * medicine-list change or care-plan version decided against the version it was made from.
 */
@Injectable()
export class IntakeService {
  constructor(@Inject(CareEventStore) private readonly store: CareEventStore) {}

  async submit(inputs: unknown[]): Promise<IntakeResult[]> {
    const checked = inputs.map(validateCareEvent);
    const valid: NewCareEvent[] = [];
    for (const result of checked) if (result.ok) valid.push(withoutRecordedAt(result.event));
    const stored = valid.length ? await this.store.appendExpecting(valid) : [];
    let next = 0;
    return checked.map((result, i) =>
      result.ok
        ? stored[next++]
        : { status: 'rejected', eventId: idOf(inputs[i]), problems: result.problems },
    );
  }
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
