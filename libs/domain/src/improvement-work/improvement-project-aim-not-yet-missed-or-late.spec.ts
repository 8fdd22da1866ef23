import {
  annotatePdsaCycles,
  evaluateAim,
  mayCelebrate,
  statusChangeProblems,
  type Aim,
} from './improvement-project';

const aim: Aim = { measureKey: 'days', target: 5, by: '2026-06-30', sustainedPoints: 2 };
const points = (values: number[]) => values.map((value, i) => ({ label: `2026-0${i + 1}-01`, value }));

describe('an aim not reached yet, missed, or reached after its date', () => {
  it('is not yet reached while one good month stands alone and the date is ahead', () => {
    expect(evaluateAim(aim, 'down', points([9, 4, 8]), '2026-04-02')).toEqual({
      status: 'not-yet',
      reachedIn: null,
    });
  });

  it('is missed once the date has passed without two good months in a row; nothing to celebrate', () => {
    const evaluation = evaluateAim(aim, 'down', points([9, 4, 8, 5, 7, 6]), '2026-07-01');
    expect(evaluation.status).toBe('missed');
    expect(mayCelebrate(evaluation.status)).toBe(false);
  });

  it('is reached late when the run completes after the date', () => {
    expect(evaluateAim(aim, 'down', points([9, 8, 8, 7, 6, 7, 5, 4]), '2026-09-01')).toEqual({
      status: 'reached-late',
      reachedIn: '2026-08-01',
    });
  });

  it('reads a target upwards for measures where more is better', () => {
    const share = { ...aim, target: 0.9 };
    expect(evaluateAim(share, 'up', points([0.7, 0.92, 0.95]), '2026-04-01').reachedIn).toBe('2026-03-01');
  });

  it('does not show a cycle planned after the chart ends', () => {
    expect(
      annotatePdsaCycles(
        [{ number: 1, change: 'x', startsOn: '2026-05-10', endsOn: null }],
        ['2026-04-01'],
        '2026-04-30',
      )[0],
    ).toMatchObject({
      startPeriod: null,
      endPeriod: null,
    });
  });

  it('ends a project only with what was learned, and may take it up again', () => {
    expect(statusChangeProblems('active', 'completed', ' ')).toEqual([
      { field: 'learning', message: 'say what was learned when a project is completed' },
    ]);
    expect(statusChangeProblems('active', 'stopped', 'Home care could not staff the ward round')).toEqual([]);
    expect(statusChangeProblems('stopped', 'active', null)).toEqual([]);
  });
});
