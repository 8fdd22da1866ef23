import { alvedon, FUROSEMID_ATC, listChange } from './__fixtures__/medicine-list-facts';
import { medicineListAt, reconcileMedicineLists } from './reconciliation';

const change = listChange;
const furosemid = { text: 'Furosemid 40 mg tablett', coding: FUROSEMID_ATC };
const metoprolol = { text: 'Metoprolol 50 mg' };
const simvastatin = { text: 'Simvastatin 20 mg' };

describe('admitted with a list from primary care, a dose changed and a drug stopped in hospital, discharged', () => {
  const admittedAt = new Date('2026-11-16T08:00:00+01:00');
  const dischargedAt = new Date('2026-11-20T14:00:00+01:00');
  const fromPrimaryCare = change(
    '2026-10-01T10:00:00+02:00',
    'vc-huskvarna',
    {
      action: 'added',
      medication: furosemid,
      dose: '40 mg',
      frequency: 'once daily',
      reason: 'heart failure',
    },
    { action: 'added', medication: metoprolol, dose: '50 mg', reason: 'heart failure' },
    { action: 'added', medication: simvastatin, dose: '20 mg', reason: 'cholesterol' },
  );
  const raised = change('2026-11-17T09:00:00+01:00', 'ryhov-med-3', {
    action: 'dose-changed',
    medication: furosemid,
    dose: '80 mg',
    reason: 'oedema',
  });
  const stopped = change('2026-11-18T09:00:00+01:00', 'ryhov-med-3', {
    action: 'stopped',
    medication: simvastatin,
  });
  const painkiller = change('2026-11-18T10:00:00+01:00', 'ryhov-med-3', {
    action: 'added',
    medication: alvedon,
    dose: '1 g',
    reason: 'pain',
  });
  const facts = [painkiller, stopped, raised, fromPrimaryCare];

  it('shows what was added, stopped, changed and kept, and flags the stop made without a reason', () => {
    const r = reconcileMedicineLists(facts, admittedAt, dischargedAt);
    expect(r.added.map((m) => [m.medication.text, m.dose])).toEqual([['Alvedon 500 mg', '1 g']]);
    expect(r.stopped.map((m) => m.medication.text)).toEqual(['Simvastatin 20 mg']);
    expect(
      r.doseChanged.map((d) => [d.medication.text, d.before.dose, d.after.dose, d.after.frequency]),
    ).toEqual([['Furosemid 40 mg tablett', '40 mg', '80 mg', 'once daily']]);
    expect(r.unchanged.map((m) => m.medication.text)).toEqual(['Metoprolol 50 mg']);
    expect(r.withoutReason).toEqual([
      { change: stopped.changes[0], occurredAt: stopped.occurredAt, careLinkId: 'ryhov-med-3' },
    ]);
  });

  it('still shows the list as of admission', () => {
    expect(medicineListAt(facts, admittedAt).medications.map((m) => [m.medication.text, m.dose])).toEqual([
      ['Furosemid 40 mg tablett', '40 mg'],
      ['Metoprolol 50 mg', '50 mg'],
      ['Simvastatin 20 mg', '20 mg'],
    ]);
  });

  it('shows a medicine started and stopped during the stay in neither list', () => {
    const brief = change('2026-11-19T09:00:00+01:00', 'ryhov-med-3', {
      action: 'added',
      medication: { text: 'Oxascand 10 mg' },
      dose: '10 mg',
      reason: 'anxiety',
    });
    const over = change('2026-11-19T21:00:00+01:00', 'ryhov-med-3', {
      action: 'stopped',
      medication: { text: 'Oxascand 10 mg' },
      reason: 'settled',
    });
    const r = reconcileMedicineLists([...facts, brief, over], admittedAt, dischargedAt);
    expect([...r.added, ...r.stopped].map((m) => m.medication.text)).toEqual([
      'Alvedon 500 mg',
      'Simvastatin 20 mg',
    ]);
  });
});
