import { inboxOrder, type InboxItem } from './inbox-order';

const item = (
  packageId: string,
  dueAt: string,
  timeliness = 'on-time',
  acknowledgedAt: string | null = null,
): InboxItem => ({
  packageId,
  dueAt,
  timeliness,
  acknowledgedAt,
});

describe('a home-care nurse opens the inbox in the morning', () => {
  it('sees the late handover first, then the one due soon, then the rest by due time, acknowledged last', () => {
    const done = item('done', '2026-03-01T10:00:00Z', 'breached', '2026-03-02T08:00:00Z');
    const later = item('later', '2026-03-05T10:00:00Z');
    const sooner = item('sooner', '2026-03-04T10:00:00Z');
    const nearly = item('nearly', '2026-03-06T10:00:00Z', 'near-breach');
    const late = item('late', '2026-03-07T10:00:00Z', 'breached');
    expect(inboxOrder([done, later, sooner, nearly, late]).map((i) => i.packageId)).toEqual([
      'late',
      'nearly',
      'sooner',
      'later',
      'done',
    ]);
  });

  it('keeps a handover that arrived live once, in the version the inbox query returned last', () => {
    const arrived = item('p1', '2026-03-04T10:00:00Z');
    const acknowledged = { ...arrived, acknowledgedAt: '2026-03-03T09:00:00Z' };
    expect(inboxOrder([acknowledged], [arrived])).toEqual([acknowledged]);
    expect(inboxOrder([], [arrived])).toEqual([arrived]);
  });
});
