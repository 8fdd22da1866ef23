import { continueMedicineList, foldMedicineList } from './medicine-list';
import { alvedon, FUROSEMID_ATC, wardChange } from './__fixtures__/medicine-list-facts';

const change = wardChange;
const furosemid = { text: 'Furosemid 40 mg', coding: FUROSEMID_ATC };

describe('a medicine list continued with the changes of each ward round', () => {
  const started = change('2026-11-16T13:00:00+01:00', {
    action: 'added',
    medication: furosemid,
    dose: '40 mg',
  });
  const painkiller = change('2026-11-17T10:00:00+01:00', {
    action: 'added',
    medication: alvedon,
    dose: '1 g',
  });
  const raised = change('2026-11-18T09:00:00+01:00', {
    action: 'dose-changed',
    medication: { text: 'Furosemid', coding: furosemid.coding },
    frequency: 'twice daily',
  });
  const stopped = change('2026-11-19T08:00:00+01:00', {
    action: 'stopped',
    medication: { text: 'alvedon 500 MG' },
  });
  const restarted = change('2026-11-20T08:00:00+01:00', {
    action: 'added',
    medication: alvedon,
    dose: '500 mg',
  });

  it('is the list folded from every change', () => {
    const rounds = [[started, painkiller], [raised], [restarted, stopped]].reduce(
      (list, round) => continueMedicineList(list, round),
      foldMedicineList([]),
    );
    expect(rounds).toEqual(foldMedicineList([started, painkiller, raised, stopped, restarted]));
    expect(rounds.medications.map((m) => [m.medication.text, m.dose])).toEqual([
      ['Alvedon 500 mg', '500 mg'],
      ['Furosemid 40 mg', '40 mg'],
    ]);
  });
});
