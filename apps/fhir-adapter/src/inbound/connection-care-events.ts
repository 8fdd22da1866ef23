import { hash, randomUUID } from 'node:crypto';
import {
  definitionOf,
  instantSchema,
  isCareEventType,
  patientIdSchema,
  validatePayload,
  type ContractProblem,
} from '@carechain/contracts';
import { refusalOfSubmission, type Submitter } from '@carechain/domain';
import type { CareEventDraft } from '@carechain/fhir';
import type { NewCareEvent } from '@carechain/persistence';
import type { Connection } from '../connections/connection-config';
import { storedJsonOf } from './stored-json';

/**
 * The care events a connection builds from its EHR's resources, and what the contract
 * (validateCareEvent) asks of them, checked where it can fail. The envelope is the adapter's:
 * the event id and key are made here, the source is the connection's (its id and care links
 * checked when its settings were read) and the submitter check keeps every event to its care links.
 * What comes from the EHR is checked per event against the contract's own schemas: the patient id,
 * occurredAt, the payload and its strings. Proven equal to validateCareEvent in
 * connection-care-events-meet-the-contract.spec.ts.
 */
export class ConnectionCareEvents {
  private readonly system: string;
  /** The connection speaks for the care links configured for it, and for no other. */
  private readonly submitter: Submitter;

  constructor(private readonly connection: Connection) {
    this.system = `fhir:${connection.id}`;
    this.submitter = {
      kind: 'connection',
      name: `FHIR connection ${connection.id} (careLinks)`,
      careLinkIds: connection.careLinks,
    };
  }

  /** The event a draft of resource version `label` makes for the patient. */
  build(label: string, patientId: string, draft: CareEventDraft): NewCareEvent {
    // The resource version and the fact make the key: re-reading a version can never store its events twice.
    const key = `${this.system}:${label}#${draft.fact}`;
    return {
      eventId: randomUUID(),
      idempotencyKey: key.length <= 256 ? key : `${this.system}:${label}#${hash('sha256', draft.fact)}`,
      type: draft.type,
      schemaVersion: draft.schemaVersion ?? 1,
      patientId,
      occurredAt: draft.occurredAt,
      source: { system: this.system, careLinkId: draft.careLinkId },
      payload: draft.payload,
    };
  }

  /** What keeps a built event out of the store: the contract's problems, then the submitter's refusal. */
  problemsOf(event: NewCareEvent): { path: string; message: string; refused?: true }[] {
    const problems: ContractProblem[] = [...this.patientIdProblems(event.patientId)];
    const occurredAt = instantSchema.safeParse(event.occurredAt);
    if (!occurredAt.success)
      problems.push({ path: 'occurredAt', message: occurredAt.error.issues[0].message });
    const unsafe = storedJsonOf(event.payload).unsafe.map((u) => ({ ...u, path: `payload.${u.path}` }));
    if (unsafe.length) return [...problems, ...unsafe];
    if (!isCareEventType(event.type) || !definitionOf(event.type, event.schemaVersion))
      return [
        ...problems,
        { path: 'type', message: `no contract for ${event.type} version ${event.schemaVersion}` },
      ];
    const payload = validatePayload(event.type, event.schemaVersion, event.payload);
    if (!payload.ok)
      problems.push(
        ...payload.problems.map((p) => ({
          ...p,
          path: p.path === '(event)' ? 'payload' : `payload.${p.path}`,
        })),
      );
    if (problems.length) return problems;
    const refusal = refusalOfSubmission(
      this.submitter,
      { type: event.type, sourceCareLinkId: event.source.careLinkId, payload: event.payload },
      false,
    );
    return refusal ? [{ ...refusal, refused: true }] : [];
  }

  private patientIdProblems(patientId: string): ContractProblem[] {
    const checked = patientIdSchema.safeParse(patientId);
    return checked.success
      ? []
      : checked.error.issues.map((i) => ({ path: 'patientId', message: i.message }));
  }
}
