export interface Waiting {
  patientId: string;
  stayId: string;
  wardCareLinkId: string;
  receivingCareLinkId?: string | null;
  readySince: string;
  daysSoFar: number;
  cause: string;
}

export interface Handover {
  packageId: string;
  patientId: string;
  sendingCareLinkId: string;
  receivingCareLinkId: string;
  trigger: string;
  dueAt: string;
  acknowledgedAt?: string | null;
  timeliness: string;
}

/** One patient on the unit's overview: her wait, if she waits, and the handovers about her either way. */
export interface PatientRow {
  patientId: string;
  waiting: Waiting | null;
  received: Handover[];
  sent: Handover[];
  unacknowledged: number;
  /** The earliest deadline of a handover not yet acknowledged, and how it stands. */
  nextDeadline: { dueAt: string; timeliness: string } | null;
}

export type Show = 'all' | 'waiting' | 'unacknowledged' | 'late';
export type SortBy = 'daysWaiting' | 'nextDeadline' | 'readySince' | 'patient';

export function patientRows(
  waiting: readonly Waiting[],
  received: readonly Handover[],
  sent: readonly Handover[],
): PatientRow[] {
  const rows = new Map<string, PatientRow>();
  const rowOf = (patientId: string) => {
    let row = rows.get(patientId);
    if (!row) {
      row = { patientId, waiting: null, received: [], sent: [], unacknowledged: 0, nextDeadline: null };
      rows.set(patientId, row);
    }
    return row;
  };
  for (const w of waiting) rowOf(w.patientId).waiting = w;
  for (const h of received) rowOf(h.patientId).received.push(h);
  for (const h of sent) rowOf(h.patientId).sent.push(h);
  for (const row of rows.values()) {
    const open = [...row.received, ...row.sent]
      .filter((h) => !h.acknowledgedAt)
      .sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
    row.unacknowledged = open.length;
    row.nextDeadline = open[0] ? { dueAt: open[0].dueAt, timeliness: open[0].timeliness } : null;
  }
  return [...rows.values()];
}

const late = (row: PatientRow) => row.nextDeadline?.timeliness === 'breached';

/** The rows a filter keeps: a typed text matches the patient or a care link's name. */
export function filterRows(
  rows: readonly PatientRow[],
  show: Show,
  text: string,
  nameOf: (careLinkId: string) => string = (id) => id,
  /** Patients the identity register found for the text, by name or personal identity number. */
  found: ReadonlySet<string> = new Set(),
): PatientRow[] {
  const needle = text.trim().toLocaleLowerCase('sv');
  return rows.filter((row) => {
    if (show === 'waiting' && !row.waiting) return false;
    if (show === 'unacknowledged' && row.unacknowledged === 0) return false;
    if (show === 'late' && !late(row)) return false;
    if (!needle || found.has(row.patientId)) return true;
    const links = [
      row.waiting?.wardCareLinkId,
      row.waiting?.receivingCareLinkId,
      ...[...row.received, ...row.sent].flatMap((h) => [h.sendingCareLinkId, h.receivingCareLinkId]),
    ].filter((id): id is string => !!id);
    return [row.patientId, ...links.map(nameOf)].some((s) => s.toLocaleLowerCase('sv').includes(needle));
  });
}

const never = Number.POSITIVE_INFINITY;

/** Longest wait, soonest deadline, earliest ready or patient order; ties by patient, so pages are stable. */
export function sortRows(rows: readonly PatientRow[], by: SortBy): PatientRow[] {
  const key: Record<SortBy, (r: PatientRow) => number> = {
    daysWaiting: (r) => -(r.waiting?.daysSoFar ?? -1),
    nextDeadline: (r) => (r.nextDeadline ? Date.parse(r.nextDeadline.dueAt) : never),
    readySince: (r) => (r.waiting ? Date.parse(r.waiting.readySince) : never),
    patient: () => 0,
  };
  return [...rows].sort((a, b) => key[by](a) - key[by](b) || a.patientId.localeCompare(b.patientId));
}

export function pageOf<T>(items: readonly T[], page: number, size: number): { items: T[]; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, page), pages);
  return { items: items.slice((current - 1) * size, current * size), pages };
}
