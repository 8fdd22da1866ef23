import type { CareEventType } from '@carechain/contracts';

/**
 * A care event drafted from a FHIR resource. The adapter adds the envelope (event id, patient,
 * source system); `fact` names what the event says, so the events of one resource stay apart.
 */
export interface CareEventDraft {
  fact: string;
  type: CareEventType;
  /** The contract version of the payload; 1 when not given. */
  schemaVersion?: number;
  occurredAt: string;
  /** The care link on whose behalf the EHR reports it. */
  careLinkId: string;
  payload: Record<string, unknown>;
}

/** Why a resource could not be mapped, in the shape of a FHIR OperationOutcome issue. */
export interface MappingIssue {
  severity: 'error';
  code: 'structure' | 'required' | 'value' | 'not-supported' | 'not-found' | 'security' | 'business-rule';
  diagnostics: string;
  /** FHIRPath of the offending element, e.g. Encounter.period.start. */
  expression: string[];
}

export type MappingResult = { ok: true; events: CareEventDraft[] } | { ok: false; issues: MappingIssue[] };

export class UnmappableResource extends Error {
  constructor(readonly issue: MappingIssue) {
    super(issue.diagnostics);
    this.name = 'UnmappableResource';
  }
}

/** Stops the mapping of a resource with the reason; `mapped` turns it into a result. */
export function unmappable(code: MappingIssue['code'], expression: string, diagnostics: string): never {
  throw new UnmappableResource({ severity: 'error', code, diagnostics, expression: [expression] });
}

export function mapped(map: () => CareEventDraft[]): MappingResult {
  try {
    return { ok: true, events: map() };
  } catch (error) {
    if (error instanceof UnmappableResource) return { ok: false, issues: [error.issue] };
    throw error;
  }
}

/** The previous version was stored whatever it held; one that could not be mapped counts as absent. */
export function orNullIfUnmappable<T>(read: () => T): T | null {
  try {
    return read();
  } catch (error) {
    if (error instanceof UnmappableResource) return null;
    throw error;
  }
}

/** An OperationOutcome for the status API and logs; diagnostics never quote patient data. */
export function operationOutcomeOf(issues: MappingIssue[]) {
  return { resourceType: 'OperationOutcome' as const, issue: issues };
}
