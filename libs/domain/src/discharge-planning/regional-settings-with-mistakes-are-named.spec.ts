import { checkPlanningRules, jonkopingPlanningRules } from './regional-planning-rules';

describe('a region’s planning settings are checked field by field', () => {
  it('accepts the Jönköping default', () => {
    expect(checkPlanningRules(jonkopingPlanningRules)).toEqual([]);
  });

  it('names every mistake', () => {
    const problems = checkPlanningRules({
      ...jonkopingPlanningRules,
      timeZone: 'Europe/Jonkoping',
      holidays: ['2026-02-30', '2026-12-24'],
      cutOff: '2pm',
      planningCallWorkingDays: 1.5,
      liability: { kind: 'grace-days', graceDays: -3 },
    });
    expect(problems.map((p) => p.field)).toEqual([
      'timeZone',
      'holidays',
      'cutOff',
      'planningCallWorkingDays',
      'liability.graceDays',
    ]);
    expect(problems[1].message).toBe('not dates in the form YYYY-MM-DD: 2026-02-30');
  });
});
