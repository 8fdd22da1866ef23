import { checkIdea } from './ideas';

describe('an idea is recorded with a title, a description and who had it', () => {
  it('takes a patient representative’s idea', () => {
    expect(
      checkIdea({
        title: 'Call home care before the discharge day',
        description: 'Esther waited two days for home care to start.',
        submitterKind: 'patient-representative',
      }),
    ).toEqual([]);
  });

  it('names a missing title and an unknown kind of submitter together', () => {
    expect(checkIdea({ title: ' ', description: 'Something', submitterKind: 'visitor' })).toEqual([
      { field: 'title', message: 'must not be empty' },
      {
        field: 'submitterKind',
        message: "unknown kind 'visitor'; known: staff, coach, patient-representative, patient, relative",
      },
    ]);
  });
});
