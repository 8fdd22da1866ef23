export interface InboxFilter {
  unacknowledged: boolean;
  late: boolean;
  dueToday: boolean;
  trigger: string;
}

export const noFilter: InboxFilter = { unacknowledged: false, late: false, dueToday: false, trigger: '' };

interface Filterable {
  dueAt: string;
  acknowledgedAt?: string | null;
  timeliness: string;
  trigger: string;
}

const sameDay = (a: Date, b: Date) =>
  a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();

/** Packages the chosen filters keep; "due today" is today on the user's own clock. */
export function filterInbox<T extends Filterable>(
  items: readonly T[],
  filter: InboxFilter,
  now = new Date(),
): T[] {
  return items.filter(
    (p) =>
      (!filter.unacknowledged || !p.acknowledgedAt) &&
      (!filter.late || p.timeliness === 'breached') &&
      (!filter.dueToday || sameDay(new Date(p.dueAt), now)) &&
      (!filter.trigger || p.trigger === filter.trigger),
  );
}
