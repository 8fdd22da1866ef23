import { filterInbox, noFilter } from './inbox-filter';

const p = (
  id: string,
  dueAt: string,
  trigger: string,
  timeliness = 'on-time',
  acknowledgedAt: string | null = null,
) => ({
  id,
  dueAt,
  trigger,
  timeliness,
  acknowledgedAt,
});

describe('a home-care planner narrows the inbox to what needs doing', () => {
  const now = new Date(2026, 11, 6, 9, 0);
  const items = [
    p('late', new Date(2026, 11, 5, 12, 0).toISOString(), 'admission', 'breached'),
    p('today', new Date(2026, 11, 6, 16, 0).toISOString(), 'medically-ready'),
    p(
      'done',
      new Date(2026, 11, 6, 8, 0).toISOString(),
      'medically-ready',
      'on-time',
      '2026-12-06T07:00:00Z',
    ),
    p('later', new Date(2026, 11, 9, 8, 0).toISOString(), 'discharge'),
  ];
  const ids = (f: Partial<typeof noFilter>) =>
    filterInbox(items, { ...noFilter, ...f }, now).map((i) => i.id);

  it('keeps everything without a filter', () => expect(ids({})).toEqual(['late', 'today', 'done', 'later']));
  it('keeps the unacknowledged', () =>
    expect(ids({ unacknowledged: true })).toEqual(['late', 'today', 'later']));
  it('keeps the late', () => expect(ids({ late: true })).toEqual(['late']));
  it('keeps those due today on her clock', () => expect(ids({ dueToday: true })).toEqual(['today', 'done']));
  it('combines filters', () =>
    expect(ids({ dueToday: true, unacknowledged: true, trigger: 'medically-ready' })).toEqual(['today']));
});
