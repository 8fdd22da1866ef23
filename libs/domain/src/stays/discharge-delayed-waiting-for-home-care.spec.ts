import { decideDischargeDelayCause } from './decide-discharge-delay-cause';

const command = {
  stayId: 'stay-4711',
  cause: 'home-care-capacity' as const,
  from: new Date('2026-11-23T09:00:00Z'),
};

describe('a ready patient waits because home care has no capacity', () => {
  it('the ward records home care capacity as the cause from the ready time', () => {
    expect(
      decideDischargeDelayCause({ dischargedAt: null }, { ...command, note: 'no evening visits' }),
    ).toEqual({
      ok: true,
      events: [
        {
          type: 'DischargeDelayCauseRecorded',
          payload: {
            stayId: 'stay-4711',
            cause: 'home-care-capacity',
            from: '2026-11-23T09:00:00.000Z',
            note: 'no evening visits',
          },
        },
      ],
    });
  });

  it('once she has gone home there is no delay left to explain', () => {
    expect(decideDischargeDelayCause({ dischargedAt: new Date('2026-11-25T13:00:00Z') }, command)).toEqual({
      ok: false,
      refusal: {
        kind: 'invalid',
        problems: [
          { field: 'stayId', message: 'the stay has ended; a discharged patient has no delay to explain' },
        ],
      },
    });
  });

  it("a stay that is not this patient's is named as unknown", () => {
    expect(decideDischargeDelayCause(null, command)).toMatchObject({
      ok: false,
      refusal: {
        kind: 'invalid',
        problems: [{ field: 'stayId', message: "no stay 'stay-4711' of this patient" }],
      },
    });
  });
});
