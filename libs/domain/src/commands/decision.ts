/** One thing wrong with a command, named by its field in the command, e.g. `changes.1.medication`. */
export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * Why a command was not carried out. A conflict means the state moved on since the sender read it:
 * reload and decide again. Invalid means the command makes no sense whatever the state. Forbidden
 * means the sender is not the one who may do it.
 */
export type Refusal =
  | { kind: 'conflict'; field: string; message: string }
  | { kind: 'invalid'; problems: FieldProblem[] }
  | { kind: 'forbidden'; message: string };

/** A care event decided by a command, before it is given an envelope. */
export interface DecidedEvent<T extends string = string, P extends object = object> {
  type: T;
  payload: P;
}

/** What a command decides: the events to append (none when it is already done), or a refusal. */
export type Decision<E extends DecidedEvent = DecidedEvent> =
  | { ok: true; events: E[] }
  | { ok: false; refusal: Refusal };

export const decided = <const E extends DecidedEvent>(...events: E[]): Decision<E> => ({ ok: true, events });

export const conflictOn = (field: string, message: string): Decision<never> => ({
  ok: false,
  refusal: { kind: 'conflict', field, message },
});

export const invalid = (...problems: FieldProblem[]): Decision<never> => ({
  ok: false,
  refusal: { kind: 'invalid', problems },
});

export const forbidden = (message: string): Decision<never> => ({
  ok: false,
  refusal: { kind: 'forbidden', message },
});

/** Who made the last change a conflict is about, so the sender knows whom to ask. */
export const lastChangeBy = (last: { careLinkId: string; occurredAt: Date } | undefined | null) =>
  last ? `; ${last.careLinkId} changed it last, at ${last.occurredAt.toISOString()}` : '';
