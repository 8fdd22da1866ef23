import { decideMedicallyReady, decideReadinessWithdrawn, type StayStanding } from './decide-readiness';

const inHospital: StayStanding = { dischargedAt: null, readySince: null };
const ready: StayStanding = { dischargedAt: null, readySince: new Date('2026-11-23T09:00:00Z') };

describe('Esther is declared medically ready, gets a fever, and is declared ready again', () => {
  it('the doctor declares her ready on Monday morning', () => {
    expect(
      decideMedicallyReady(inHospital, {
        stayId: 'stay-4711',
        readyAt: new Date('2026-11-23T09:00:00Z'),
        expectedDestinationCareLinkId: 'jkpg-home-care-south',
      }),
    ).toEqual({
      ok: true,
      events: [
        {
          type: 'MedicallyReadyForDischarge',
          payload: {
            stayId: 'stay-4711',
            readyAt: '2026-11-23T09:00:00.000Z',
            expectedDestinationCareLinkId: 'jkpg-home-care-south',
          },
        },
      ],
    });
  });

  it('a second nurse declaring her ready, from a view where she was not yet, is told she is ready already', () => {
    expect(
      decideMedicallyReady(ready, { stayId: 'stay-4711', readyAt: new Date('2026-11-23T09:00:00Z') }),
    ).toMatchObject({ ok: false, refusal: { kind: 'conflict', field: 'stayId' } });
  });

  it('the fever withdraws her readiness, with the reason', () => {
    expect(
      decideReadinessWithdrawn(ready, { stayId: 'stay-4711', reason: 'new fever, needs IV antibiotics' }),
    ).toEqual({
      ok: true,
      events: [
        {
          type: 'MedicallyReadyWithdrawn',
          payload: { stayId: 'stay-4711', reason: 'new fever, needs IV antibiotics' },
        },
      ],
    });
  });

  it('withdrawing without a reason, or from a patient who is not ready, is refused', () => {
    expect(decideReadinessWithdrawn(ready, { stayId: 'stay-4711', reason: ' ' })).toEqual({
      ok: false,
      refusal: {
        kind: 'invalid',
        problems: [{ field: 'reason', message: 'say why readiness was withdrawn' }],
      },
    });
    expect(decideReadinessWithdrawn(inHospital, { stayId: 'stay-4711', reason: 'fever' })).toMatchObject({
      ok: false,
      refusal: { kind: 'conflict', field: 'stayId' },
    });
  });

  it('after she went home, or for a stay she never had, nothing is declared', () => {
    const home = { dischargedAt: new Date('2026-11-25T13:00:00Z'), readySince: null };
    const at = { stayId: 'stay-4711', readyAt: new Date('2026-11-26T09:00:00Z') };
    expect(decideMedicallyReady(home, at)).toMatchObject({ ok: false, refusal: { kind: 'invalid' } });
    expect(decideMedicallyReady(null, at)).toEqual({
      ok: false,
      refusal: {
        kind: 'invalid',
        problems: [{ field: 'stayId', message: "no stay 'stay-4711' of this patient" }],
      },
    });
  });
});
