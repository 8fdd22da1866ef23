import { checkMedicineListChanges } from './medicine-list-change-rules';
import { foldMedicineList } from './medicine-list';

const furosemid = {
  text: 'Furosemid 40 mg tablett',
  coding: [{ system: 'http://www.whocc.no/atc', code: 'C03CA01' }],
};
const list = foldMedicineList([
  {
    eventId: 'e-1',
    sequence: 1,
    occurredAt: new Date('2026-11-16T08:00:00+01:00'),
    careLinkId: 'vc-huskvarna',
    changes: [{ action: 'added', medication: furosemid, dose: '40 mg', frequency: 'once daily' }],
  },
]);

describe('changes to the medicine list that make no sense are refused', () => {
  it('names the change and what is wrong with it', () => {
    expect(
      checkMedicineListChanges(list, [
        { action: 'added', medication: { text: 'Alvedon 500 mg' } },
        { action: 'stopped', medication: { text: 'Waran 2,5 mg' } },
        { action: 'dose-changed', medication: furosemid, dose: '40 mg' },
        { action: 'added', medication: { text: 'furosemid', coding: furosemid.coding }, dose: '20 mg' },
        { action: 'dose-changed', medication: furosemid },
      ]),
    ).toEqual([
      { path: 'changes.0.dose', message: "a dose is required to start 'Alvedon 500 mg'" },
      {
        path: 'changes.1.medication',
        message: "'Waran 2,5 mg' is not on the list, so there is nothing to stop",
      },
      {
        path: 'changes.2.dose',
        message: "'Furosemid 40 mg tablett' is already taken as 40 mg, once daily; nothing changes",
      },
      {
        path: 'changes.3.medication',
        message: "'furosemid' is already on the list; change its dose instead",
      },
      {
        path: 'changes.4.dose',
        message: "give the new dose, route or frequency of 'Furosemid 40 mg tablett'",
      },
    ]);
  });

  it('accepts a batch that starts a medicine, changes its dose and stops another', () => {
    const alvedon = { text: 'Alvedon 500 mg' };
    expect(
      checkMedicineListChanges(list, [
        { action: 'added', medication: alvedon, dose: '500 mg' },
        { action: 'dose-changed', medication: alvedon, dose: '1 g' },
        { action: 'stopped', medication: furosemid },
      ]),
    ).toEqual([]);
  });

  it('refuses to change the dose of a medicine stopped earlier in the same batch', () => {
    expect(
      checkMedicineListChanges(list, [
        { action: 'stopped', medication: furosemid },
        { action: 'dose-changed', medication: furosemid, dose: '80 mg' },
      ]),
    ).toEqual([
      {
        path: 'changes.1.medication',
        message: "'Furosemid 40 mg tablett' is not on the list, so there is nothing to change the dose of",
      },
    ]);
  });
});
