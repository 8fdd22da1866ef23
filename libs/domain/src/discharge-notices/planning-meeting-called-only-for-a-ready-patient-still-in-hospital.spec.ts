import { decidePlanningMeetingCall } from './decide-planning';

const now = new Date('2026-11-23T10:00:00+01:00');
const call = {
  stayId: 'stay-1',
  meetingId: 'meeting-1',
  at: new Date('2026-11-25T13:00:00+01:00'),
  mode: 'video' as const,
  participantCareLinkIds: ['ryhov-med-3', 'jkpg-home-care-south', 'vc-huskvarna'],
  patientTakesPart: true,
  relativesInvited: true,
};

describe('the ward calls Esther’s planning meeting by video for Wednesday, with her and her daughter', () => {
  it('calls it when she is ready and still in hospital', () => {
    const decision = decidePlanningMeetingCall({ dischargedAt: null, readySince: now }, call, now);
    expect(decision).toEqual({
      ok: true,
      events: [
        {
          type: 'PlanningMeetingCalled',
          payload: { ...call, at: '2026-11-25T12:00:00.000Z' },
        },
      ],
    });
  });

  it('refuses before she is ready, after discharge, for a time already past, or for a stay she does not have', () => {
    const refusal = (decision: ReturnType<typeof decidePlanningMeetingCall>) =>
      decision.ok ? null : decision.refusal;
    expect(refusal(decidePlanningMeetingCall({ dischargedAt: null, readySince: null }, call, now))).toEqual({
      kind: 'invalid',
      problems: [
        {
          field: 'stayId',
          message: 'she is not medically ready; the planning meeting is called once she is',
        },
      ],
    });
    expect(
      refusal(decidePlanningMeetingCall({ dischargedAt: now, readySince: null }, call, now)),
    ).toMatchObject({
      problems: [{ field: 'stayId' }],
    });
    expect(
      refusal(
        decidePlanningMeetingCall(
          { dischargedAt: null, readySince: now },
          { ...call, at: new Date('2026-11-22T10:00:00+01:00') },
          now,
        ),
      ),
    ).toMatchObject({ problems: [{ field: 'at' }] });
    expect(refusal(decidePlanningMeetingCall(null, call, now))).toMatchObject({
      problems: [{ field: 'stayId', message: "no stay 'stay-1' of this patient" }],
    });
  });
});
