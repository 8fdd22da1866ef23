import { decideRecordedCarePlanVersion } from '../care-plans/decide-care-plan-save';
import { decideRecordedMedicineListChange } from './decide-recorded-medicine-list-change';
import type { MedicineListFact } from './medicine-list';

const furosemid = {
  text: 'Furosemid 40 mg tablett',
  coding: [{ system: 'http://www.whocc.no/atc', code: 'C03CA01' }],
};
const waran = { text: 'Waran 2,5 mg' };
const history: MedicineListFact[] = [
  {
    eventId: 'e-1',
    sequence: 1,
    occurredAt: new Date('2026-11-16T08:00:00+01:00'),
    careLinkId: 'vc-huskvarna',
    changes: [{ action: 'added', medication: furosemid, dose: '40 mg' }],
  },
  {
    eventId: 'e-2',
    sequence: 2,
    occurredAt: new Date('2026-11-17T08:00:00+01:00'),
    careLinkId: 'jkpg-home-care-south',
    changes: [{ action: 'dose-changed', medication: furosemid, dose: '80 mg' }],
  },
];

describe('the ward records medicines in its EHR, which knows nothing of the list version in Carechain', () => {
  it('takes the change as made to the list as it stands now, whatever version the EHR could not know', () => {
    expect(
      decideRecordedMedicineListChange(history, {
        changes: [{ action: 'added', medication: waran, dose: '1 tablet in the evening' }],
      }),
    ).toEqual({
      ok: true,
      events: [
        {
          type: 'MedicationListChanged',
          payload: {
            listVersion: 2,
            changes: [{ action: 'added', medication: waran, dose: '1 tablet in the evening' }],
          },
        },
      ],
    });
  });

  it('reads an order for a listed medicine with a new dose as a dose change, and the same dose as nothing', () => {
    const restated = decideRecordedMedicineListChange(history, {
      changes: [{ action: 'added', medication: furosemid, dose: '40 mg' }],
    });
    expect(restated).toMatchObject({
      ok: true,
      events: [{ payload: { listVersion: 2, changes: [{ action: 'dose-changed', dose: '40 mg' }] } }],
    });
    expect(
      decideRecordedMedicineListChange(history, {
        changes: [{ action: 'added', medication: furosemid, dose: '80 mg' }],
      }),
    ).toEqual({ ok: true, events: [] });
  });

  it('has nothing to stop when the list does not hold the medicine', () => {
    expect(
      decideRecordedMedicineListChange(history, { changes: [{ action: 'stopped', medication: waran }] }),
    ).toEqual({ ok: true, events: [] });
  });

  it('refuses a medicine started without a dose, naming it, as from any other sender', () => {
    expect(
      decideRecordedMedicineListChange(history, {
        changes: [{ action: 'added', medication: { text: 'Tylenol PM' } }],
      }),
    ).toEqual({
      ok: false,
      refusal: {
        kind: 'invalid',
        problems: [{ field: 'changes.0.dose', message: "a dose is required to start 'Tylenol PM'" }],
      },
    });
  });

  it('numbers a care plan edited in the EHR as the plan’s next version', () => {
    const head = {
      carePlanId: 'sip-81',
      version: 3,
      careLinkId: 'jkpg-home-care-south',
      occurredAt: new Date('2026-11-20T08:00:00Z'),
    };
    expect(decideRecordedCarePlanVersion(head, { carePlanId: 'ryhov-sip', version: 1 })).toEqual({
      ok: true,
      events: [{ type: 'CarePlanUpdated', payload: { carePlanId: 'ryhov-sip', version: 4 } }],
    });
    expect(decideRecordedCarePlanVersion(null, { carePlanId: 'ryhov-sip', version: 1 })).toMatchObject({
      events: [{ payload: { version: 1 } }],
    });
  });
});
