/** Why a medically ready patient is still in hospital; 'not-recorded' until a cause is recorded. */
export type DelayCause =
  | 'home-care-capacity'
  | 'primary-care-capacity'
  | 'nursing-home-place'
  | 'awaiting-assessment'
  | 'patient-or-family-choice'
  | 'other'
  | 'not-recorded';

/**
 * A declaration that the patient is medically ready from `at` (the declared ready time, not the
 * time it was reported), or a withdrawal at `at`. `recordedSequence` is the store order, which
 * breaks ties between facts at the same instant. A declaration with `correctsEventId` corrects the
 * ready time of an earlier declaration.
 */
export type ReadinessFact =
  | { kind: 'declared'; eventId: string; at: Date; recordedSequence: number; correctsEventId?: string }
  | { kind: 'withdrawn'; eventId: string; at: Date; recordedSequence: number };

/** What the counting rules need to know about one stay, built from its care events in any order. */
export interface StayFacts {
  stayId: string;
  /** The admission event, which every charged liability day traces back to. */
  admissionEventId: string;
  admittedAt: Date;
  dischargedAt: Date | null;
  readiness: ReadinessFact[];
  /** Each cause holds from `from` until a later one; of two with the same `from`, the later in the list. */
  causes: { from: Date; cause: DelayCause }[];
  /** The notices the hospital sent, which municipal payment liability depends on. */
  notices: NoticeFact[];
}

/** A notice the hospital sent a municipal or primary care link about this stay. */
export interface NoticeFact {
  kind: 'admission-notice' | 'ready-for-discharge-notice';
  eventId: string;
  sentAt: Date;
}

/** A time the patient was medically ready; `to` is null while the patient is still ready at `asOf`. */
export interface ReadyPeriod {
  from: Date;
  to: Date | null;
}

/** A ready period with the declaration that started it (the last recorded correction of it). */
export interface TracedReadyPeriod extends ReadyPeriod {
  declaredBy: string;
}

type Declaration = Extract<ReadinessFact, { kind: 'declared' }>;

/**
 * The periods in which the patient was medically ready, in time order:
 * - of a declaration and its corrections (each naming the declaration or an earlier correction),
 *   only the one recorded last counts, with its own ready time and recorded order;
 * - facts are taken in order of `at`, ties in recorded order;
 * - a declaration starts a period unless one is open (a repeated declaration keeps the earlier start);
 * - a withdrawal ends the open period at its time, and is ignored when none is open;
 * - periods are clipped to the stay: a declaration before admission counts from admission, and no
 *   period runs past discharge or, for a stay still in hospital, past `asOf`. Empty periods vanish.
 *
 * The result depends only on the set of facts, not the order they arrived in.
 */
export function readyPeriods(stay: StayFacts, asOf: Date): ReadyPeriod[] {
  return tracedReadyPeriods(stay, asOf).map(({ from, to }) => ({ from, to }));
}

/** `readyPeriods`, each with the declaration behind it. */
export function tracedReadyPeriods(stay: StayFacts, asOf: Date): TracedReadyPeriod[] {
  const declarations = stay.readiness.filter((fact): fact is Declaration => fact.kind === 'declared');
  const withdrawals = stay.readiness.filter((fact) => fact.kind === 'withdrawn');
  const timeline = [...correctedDeclarations(declarations), ...withdrawals].sort(
    (a, b) => a.at.getTime() - b.at.getTime() || a.recordedSequence - b.recordedSequence,
  );

  const periods: TracedReadyPeriod[] = [];
  let readySince: Declaration | null = null;
  for (const fact of timeline) {
    if (fact.kind === 'declared') {
      readySince ??= fact;
    } else if (readySince) {
      periods.push({ from: readySince.at, to: fact.at, declaredBy: readySince.eventId });
      readySince = null;
    }
  }
  if (readySince) periods.push({ from: readySince.at, to: null, declaredBy: readySince.eventId });
  return periods.flatMap((period) => clipToStay(period, stay, asOf));
}

function correctedDeclarations(declarations: readonly Declaration[]): Declaration[] {
  const byId = new Map(declarations.map((d) => [d.eventId, d]));
  const lastRecorded = new Map<string, Declaration>();
  for (const declaration of declarations) {
    const original = originalOf(declaration, byId);
    const last = lastRecorded.get(original);
    if (!last || declaration.recordedSequence > last.recordedSequence) {
      lastRecorded.set(original, declaration);
    }
  }
  return [...lastRecorded.values()];
}

function originalOf(declaration: Declaration, byId: ReadonlyMap<string, Declaration>): string {
  let current = declaration;
  while (current.correctsEventId !== undefined) {
    const corrected = byId.get(current.correctsEventId);
    // Grouped under the missing id, the result is the same once the corrected declaration arrives.
    if (!corrected) return current.correctsEventId;
    // A correction is recorded after what it corrects; a forward link is malformed and could loop.
    if (corrected.recordedSequence >= current.recordedSequence) return current.eventId;
    current = corrected;
  }
  return current.eventId;
}

function clipToStay(period: TracedReadyPeriod, stay: StayFacts, asOf: Date): TracedReadyPeriod[] {
  const end = stay.dischargedAt ?? asOf;
  const from = period.from < stay.admittedAt ? stay.admittedAt : period.from;
  const withdrawnAt = period.to && period.to <= end ? period.to : null;
  const to = withdrawnAt ?? end;
  if (from >= to) return [];
  return [{ from, to: withdrawnAt || stay.dischargedAt ? to : null, declaredBy: period.declaredBy }];
}
