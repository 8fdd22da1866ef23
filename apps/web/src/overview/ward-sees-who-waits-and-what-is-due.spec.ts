import { filterRows, pageOf, patientRows, sortRows, type Handover, type Waiting } from './coordination-rows';

const waiting = (patientId: string, daysSoFar: number, readySince: string): Waiting => ({
  patientId,
  stayId: `stay-${patientId}`,
  wardCareLinkId: 'ryhov-med-3',
  receivingCareLinkId: 'jkpg-home-care',
  readySince,
  daysSoFar,
  cause: 'home-care-capacity',
});
const handover = (
  patientId: string,
  dueAt: string,
  timeliness = 'on-time',
  acknowledgedAt: string | null = null,
): Handover => ({
  packageId: `${patientId}-${dueAt}`,
  patientId,
  sendingCareLinkId: 'ryhov-med-3',
  receivingCareLinkId: 'jkpg-home-care',
  trigger: 'medically-ready',
  dueAt,
  acknowledgedAt,
  timeliness,
});

describe('a ward nurse opens the coordination overview at the start of the shift', () => {
  const rows = patientRows(
    [waiting('anna', 4, '2026-12-01T10:00:00Z'), waiting('bo', 1, '2026-12-04T10:00:00Z')],
    [handover('carl', '2026-12-06T08:00:00Z', 'breached')],
    [
      handover('bo', '2026-12-07T10:00:00Z'),
      handover('bo', '2026-12-05T10:00:00Z', 'breached', '2026-12-05T09:00:00Z'),
    ],
  );

  it('groups each patient once, with her wait and the handovers about her', () => {
    const [bo] = rows.filter((r) => r.patientId === 'bo');
    expect(bo.waiting?.daysSoFar).toBe(1);
    expect(bo.sent).toHaveLength(2);
    expect(bo.unacknowledged).toBe(1);
    // An acknowledged handover is done: the next deadline is the open one.
    expect(bo.nextDeadline).toEqual({ dueAt: '2026-12-07T10:00:00Z', timeliness: 'on-time' });
  });

  it('puts the longest wait first, or the soonest deadline first', () => {
    expect(sortRows(rows, 'daysWaiting').map((r) => r.patientId)).toEqual(['anna', 'bo', 'carl']);
    expect(sortRows(rows, 'nextDeadline').map((r) => r.patientId)).toEqual(['carl', 'bo', 'anna']);
  });

  it('shows only the late ones, or those a care link name matches', () => {
    expect(filterRows(rows, 'late', '').map((r) => r.patientId)).toEqual(['carl']);
    expect(filterRows(rows, 'waiting', '').map((r) => r.patientId)).toEqual(['anna', 'bo']);
    const names = (id: string) => (id === 'jkpg-home-care' ? 'Hemtjänst Jönköping' : id);
    expect(filterRows(rows, 'all', 'hemtjänst', names)).toHaveLength(3);
    expect(filterRows(rows, 'all', 'ann', names).map((r) => r.patientId)).toEqual(['anna']);
  });

  it('shows the patients the identity register found by name, within the chosen filter', () => {
    const found = new Set(['carl']);
    expect(filterRows(rows, 'all', 'svensson', undefined, found).map((r) => r.patientId)).toEqual(['carl']);
    expect(filterRows(rows, 'waiting', 'svensson', undefined, found)).toEqual([]);
  });

  it('pages the list and keeps the page within range', () => {
    const many = Array.from({ length: 45 }, (_, i) => i);
    expect(pageOf(many, 3, 20)).toEqual({ items: [40, 41, 42, 43, 44], pages: 3 });
    expect(pageOf(many, 9, 20).items[0]).toBe(40);
    expect(pageOf([], 1, 20)).toEqual({ items: [], pages: 1 });
  });
});
