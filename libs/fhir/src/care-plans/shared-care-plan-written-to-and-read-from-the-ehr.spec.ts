import { officialExample, ryhov } from '../__fixtures__/examples';
import { careEventChanges } from '../resource-changes';
import { writtenVersionOf } from '../mapping/written-version';
import { carePlanResourceOf, CARE_PLAN_IDENTIFIER_SYSTEM } from './care-plan-resource';

const plan = {
  carePlanId: 'sip-81',
  version: 2,
  goals: ['I want to be able to walk to the shop again'],
  actions: [{ description: 'Home care visits twice daily', responsibleCareLinkId: 'jkpg-home-care-south', dueDate: '2026-11-25' }],
};

describe('the shared care plan is written to the EHR and EHR care plans are read in', () => {
  it('writes the plan as a CarePlan identified by its care plan id, with the goals in her words', () => {
    const resource = carePlanResourceOf(plan, 'Patient/123');
    expect(resource).toMatchObject({
      resourceType: 'CarePlan',
      identifier: [{ system: CARE_PLAN_IDENTIFIER_SYSTEM, value: 'sip-81' }],
      subject: { reference: 'Patient/123' },
      contained: [{ resourceType: 'Goal', id: 'goal-1', description: { text: 'I want to be able to walk to the shop again' } }],
      goal: [{ reference: '#goal-1' }],
      activity: [{ detail: { description: 'Home care visits twice daily', scheduledPeriod: { end: '2026-11-25' } } }],
    });
    expect(writtenVersionOf(resource)).toBe(2);
  });

  it('does not read back a plan Carechain wrote', () => {
    const written = { ...carePlanResourceOf(plan, 'Patient/123'), id: 'x', meta: { lastUpdated: '2026-11-20T08:00:00.000Z' } };
    expect(careEventChanges('CarePlan', written, undefined, ryhov)).toEqual({ ok: true, events: [] });
  });

  it('reads an EHR care plan as a new version of a shared care plan, and an unchanged one as nothing', () => {
    const ehrPlan = officialExample('CarePlan-example');
    const result = careEventChanges('CarePlan', ehrPlan, undefined, ryhov);
    expect(result).toMatchObject({ ok: true, events: [{ type: 'CarePlanUpdated', payload: { carePlanId: 'ryhov-example', version: 1795161600 } }] });
    expect(careEventChanges('CarePlan', { ...ehrPlan, meta: { lastUpdated: '2026-11-21T08:00:00.000Z' } }, ehrPlan, ryhov)).toEqual({ ok: true, events: [] });
  });
});
