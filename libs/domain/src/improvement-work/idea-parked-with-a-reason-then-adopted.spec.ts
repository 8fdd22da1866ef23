import { triageProblems } from './ideas';

describe('a patient representative’s idea is parked with a reason, then adopted as a project', () => {
  it('parks a new idea only with a reason', () => {
    expect(triageProblems('new', { status: 'parked', reason: '  ' })).toEqual([
      { field: 'reason', message: 'say why the idea is parked' },
    ]);
    expect(
      triageProblems('new', { status: 'parked', reason: 'Wait for the new home care contract' }),
    ).toEqual([]);
  });

  it('adopts a parked idea as a project, and never again once adopted', () => {
    expect(triageProblems('parked', { status: 'adopted', projectId: 'p1' })).toEqual([]);
    expect(triageProblems('adopted', { status: 'adopted', projectId: 'p2' })).toEqual([
      { field: 'ideaId', message: 'the idea is already adopted as a project' },
    ]);
  });
});
