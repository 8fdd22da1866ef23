import { inboxCursor, inboxPosition } from './inbox-cursor';

describe('A home-care planner asks for more of the inbox', () => {
  it('resumes exactly after the last package she saw', () => {
    const seen = {
      acknowledged: false,
      dueAt: new Date('2026-12-06T10:00:00.000Z'),
      packageId: '0b6a2e4c-1f1e-4d55-9a53-5a3f0e6f1c11',
    };
    expect(inboxPosition(inboxCursor(seen))).toEqual(seen);
  });

  it('does not take a cursor the inbox never gave out', () => {
    expect(inboxPosition('not-a-cursor')).toBeUndefined();
    expect(inboxPosition(Buffer.from('[1,"x","y"]').toString('base64url'))).toBeUndefined();
  });
});
