import { documentOf, pathsOf, specificationSections } from './specification-fields';

describe('A home-care planner ticks what her unit needs when a patient is medically ready', () => {
  const ticked = [
    'patient.patientId',
    'patient.stay.wardCareLinkId',
    'patient.stay.medicallyReadySince',
    'patient.medicineList.medications.text',
    'patient.medicineList.medications.dose',
  ];

  it('asks the record for exactly those fields, nested as the record holds them', () => {
    expect(documentOf(ticked)).toBe(
      '{ patient { patientId stay { wardCareLinkId medicallyReadySince } medicineList { medications { text dose } } } }',
    );
  });

  it('opens a saved specification with the same fields ticked', () => {
    expect(pathsOf(documentOf(ticked))).toEqual(ticked);
  });

  it('reads a hand-written specification too, fragments aside', () => {
    expect(pathsOf('query Ready { patient { stay { admittedAt } carePlan { goals } } }')).toEqual([
      'patient.stay.admittedAt',
      'patient.carePlan.goals',
    ]);
  });

  it('offers every field once', () => {
    const all = specificationSections.flatMap((s) => s.fields);
    expect(new Set(all).size).toBe(all.length);
  });
});
