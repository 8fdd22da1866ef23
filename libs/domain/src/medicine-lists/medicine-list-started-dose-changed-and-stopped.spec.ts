import { foldMedicineList } from './medicine-list';
import { alvedon, FUROSEMID_ATC, wardChange } from './__fixtures__/medicine-list-facts';

const change = wardChange;
const furosemid = { text: 'Furosemid 40 mg tablett', coding: FUROSEMID_ATC };

describe('on the ward a diuretic is started, its dose raised, and a painkiller started and stopped', () => {
  const started = change('2026-11-16T13:00:00+01:00', {
    action: 'added',
    medication: furosemid,
    dose: '40 mg',
    frequency: 'once daily',
  });
  const raised = change('2026-11-17T09:00:00+01:00', {
    action: 'dose-changed',
    medication: furosemid,
    dose: '40 mg',
    frequency: 'twice daily',
  });
  const painkiller = change('2026-11-17T10:00:00+01:00', {
    action: 'added',
    medication: alvedon,
    dose: '1 g',
  });
  const painkillerStopped = change('2026-11-19T08:00:00+01:00', {
    action: 'stopped',
    medication: { text: 'alvedon  500 MG' },
    reason: 'no longer needed',
  });

  it('lists what she takes now, with the latest dose and since when', () => {
    expect(foldMedicineList([started, raised, painkiller])).toEqual({
      medications: [
        expect.objectContaining({ medication: alvedon, dose: '1 g', since: painkiller.occurredAt }),
        expect.objectContaining({
          medication: furosemid,
          dose: '40 mg',
          frequency: 'twice daily',
          since: started.occurredAt,
          lastChangedAt: raised.occurredAt,
          lastChangedByCareLinkId: 'ryhov-med-3',
        }),
      ],
      changeCount: 3,
      changedAt: painkiller.occurredAt,
    });
  });

  it('drops a stopped medicine, matched by name whatever its case and spacing', () => {
    expect(
      foldMedicineList([started, raised, painkiller, painkillerStopped]).medications.map(
        (m) => m.medication.text,
      ),
    ).toEqual([furosemid.text]);
  });

  it('gives the same list when the changes arrive out of order', () => {
    expect(foldMedicineList([painkillerStopped, raised, started, painkiller])).toEqual(
      foldMedicineList([started, raised, painkiller, painkillerStopped]),
    );
  });

  it('matches a coded medicine by its code, not its brand name', () => {
    const stoppedAsGeneric = change('2026-11-20T08:00:00+01:00', {
      action: 'stopped',
      medication: { text: 'Furix 40 mg', coding: furosemid.coding },
    });
    expect(foldMedicineList([started, stoppedAsGeneric]).medications).toEqual([]);
  });

  it('is empty before any change', () => {
    expect(foldMedicineList([])).toEqual({ medications: [], changeCount: 0, changedAt: null });
  });
});
