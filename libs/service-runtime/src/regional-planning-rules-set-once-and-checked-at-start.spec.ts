import { jonkopingPlanningRules } from '@carechain/domain';
import { ConfigurationError, countingSettings, loadConfig, planningRulesOf } from './config';

const rulesFrom = (env: NodeJS.ProcessEnv) => planningRulesOf(loadConfig(countingSettings, env));

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    rulesFrom(env);
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems;
    throw error;
  }
  throw new Error('expected the settings to be refused');
}

describe('a region’s planning rules come from the settings, Jönköping’s by default', () => {
  it('takes Jönköping’s rules when nothing is set', () => {
    expect(rulesFrom({})).toEqual(jonkopingPlanningRules);
  });

  it('overrides only what the region names, in the organisation’s time zone', () => {
    const rules = rulesFrom({
      ORGANISATION_TIME_ZONE: 'Europe/Helsinki',
      MUNICIPAL_LIABILITY_GRACE_DAYS: '5',
      REGIONAL_PLANNING_RULES: JSON.stringify({ cutOff: '12:00', holidays: ['2026-12-23'] }),
    });
    expect(rules).toEqual({
      ...jonkopingPlanningRules,
      timeZone: 'Europe/Helsinki',
      cutOff: '12:00',
      holidays: ['2026-12-23'],
      liability: { kind: 'grace-days', graceDays: 5 },
    });
  });

  it('refuses the liability model set in two places', () => {
    expect(
      problemsOf({
        MUNICIPAL_LIABILITY_GRACE_DAYS: '3',
        REGIONAL_PLANNING_RULES: '{"liability":{"kind":"regional-average","averageDays":4.2}}',
      }),
    ).toEqual([
      'set the liability model once: MUNICIPAL_LIABILITY_GRACE_DAYS or REGIONAL_PLANNING_RULES.liability',
    ]);
  });

  it('names what is not JSON, and each wrong field', () => {
    expect(problemsOf({ REGIONAL_PLANNING_RULES: 'cutOff=12:00' })).toEqual([
      'REGIONAL_PLANNING_RULES must be a JSON object',
    ]);
    expect(problemsOf({ REGIONAL_PLANNING_RULES: '{"cutOff":"2pm","holidays":"2026-12-23"}' })).toEqual([
      'REGIONAL_PLANNING_RULES.holidays not dates in the form YYYY-MM-DD: "2026-12-23"',
      "REGIONAL_PLANNING_RULES.cutOff must be a local time HH:mm; got '2pm'",
    ]);
  });
});
