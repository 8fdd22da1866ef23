import { decideMedicineListChange } from './decide-medicine-list-change';
import type { MedicineListFact } from './medicine-list';

const furosemid = {
  text: 'Furosemid 40 mg tablett',
  coding: [{ system: 'http://www.whocc.no/atc', code: 'C03CA01' }],
};
const started: MedicineListFact = {
  eventId: 'e-1',
  sequence: 1,
  occurredAt: new Date('2026-11-16T08:00:00+01:00'),
  careLinkId: 'vc-huskvarna',
  changes: [{ action: 'added', medication: furosemid, dose: '40 mg', frequency: 'once daily' }],
};
const doseRaised: MedicineListFact = {
  eventId: 'e-2',
  sequence: 2,
  occurredAt: new Date('2026-11-17T09:30:00+01:00'),
  careLinkId: 'ryhov-med-3',
  changes: [{ action: 'dose-changed', medication: furosemid, dose: '80 mg' }],
};

describe('two nurses change the medicine list from the same version', () => {
  it('the ward nurse, who saw the list at version 1, raises the dose: it becomes version 2', () => {
    const change = {
      listVersion: 1,
      changes: [{ action: 'dose-changed' as const, medication: furosemid, dose: '80 mg' }],
    };
    expect(decideMedicineListChange([started], change)).toEqual({
      ok: true,
      events: [{ type: 'MedicationListChanged', payload: change }],
    });
  });

  it('the home care nurse, who also saw version 1, is told the ward changed it since', () => {
    expect(
      decideMedicineListChange([started, doseRaised], {
        listVersion: 1,
        changes: [{ action: 'stopped', medication: furosemid }],
      }),
    ).toEqual({
      ok: false,
      refusal: {
        kind: 'conflict',
        field: 'listVersion',
        message:
          'the list is at version 2, not 1; ryhov-med-3 changed it last, at 2026-11-17T08:30:00.000Z. Reload the list and make your change against it',
      },
    });
  });

  it('an integrator stopping a medicine the patient never had is refused, naming the change', () => {
    expect(
      decideMedicineListChange([started], {
        listVersion: 1,
        changes: [{ action: 'stopped', medication: { text: 'Waran 2,5 mg' } }],
      }),
    ).toEqual({
      ok: false,
      refusal: {
        kind: 'invalid',
        problems: [
          {
            field: 'changes.0.medication',
            message: "'Waran 2,5 mg' is not on the list, so there is nothing to stop",
          },
        ],
      },
    });
  });

  it('the first change to an empty list is made against version 0', () => {
    const first = {
      listVersion: 0,
      changes: [{ action: 'added' as const, medication: furosemid, dose: '40 mg' }],
    };
    expect(decideMedicineListChange([], first).ok).toBe(true);
    expect(decideMedicineListChange([], { ...first, listVersion: 1 })).toMatchObject({
      ok: false,
      refusal: {
        kind: 'conflict',
        message: expect.stringMatching(/^the list is at version 0, not 1\. Reload/),
      },
    });
  });
});
