import { createHash } from 'node:crypto';
import type { CareEventType } from './catalog';

const MAX_KEY = 256;

/** A name-based UUID (version 5 layout, SHA-256): the same name always gives the same id. */
export function uuidFromName(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The one idempotency scheme: the sending system, then what makes a resubmission the same event
 * (a request id, an EHR resource version and fact, a package and what happened to it). Keys too long
 * for the contract keep the system readable and hash the rest.
 */
export function idempotencyKeyOf(system: string, sameEventWhen: readonly (string | number)[]): string {
  const key = [system, ...sameEventWhen].join(':');
  if (key.length <= MAX_KEY) return key;
  return `${system}:sha256:${createHash('sha256').update(sameEventWhen.join(':')).digest('hex')}`;
}

export interface CareEventDraft<T extends CareEventType> {
  type: T;
  schemaVersion: number;
  patientId: string;
  occurredAt: Date | string;
  source: { system: string; careLinkId: string };
  /** What makes a resubmission the same event; see idempotencyKeyOf. */
  sameEventWhen: readonly (string | number)[];
  correlationId?: string;
  /** Checked against the contract by validateCareEvent, as every submission is. */
  payload: Record<string, unknown>;
}

/**
 * The envelope of a care event Carechain's own parts send. The event id is named by the idempotency
 * key, so a resend is the same event however it is recognised.
 */
export function careEventEnvelope<T extends CareEventType>(draft: CareEventDraft<T>) {
  const idempotencyKey = idempotencyKeyOf(draft.source.system, draft.sameEventWhen);
  return {
    eventId: uuidFromName(idempotencyKey),
    idempotencyKey,
    type: draft.type,
    schemaVersion: draft.schemaVersion,
    patientId: draft.patientId,
    occurredAt: new Date(draft.occurredAt).toISOString(),
    source: draft.source,
    ...(draft.correlationId ? { correlationId: draft.correlationId } : {}),
    payload: draft.payload,
  };
}
