import { officialExample, ryhov } from '../__fixtures__/examples';
import { careEventChanges } from '../resource-changes';
import { writtenVersionOf } from '../mapping/written-version';
import { carePlanResourceOf, CARE_PLAN_IDENTIFIER_SYSTEM } from './care-plan-resource';

const plan = {
  carePlanId: 'sip-81',
  version: 2,
  goals: ['I want to be able to walk to the shop again'],
  actions: [
    {
      description: 'Home care visits twice daily',
      responsibleCareLinkId: 'jkpg-home-care-south',
      dueDate: '2026-11-25',
    },
  ],
};

describe('the shared care plan is written to the EHR and EHR care plans are read in', () => {
  it('writes the plan as a CarePlan identified by its care plan id, with the goals in her words', () => {
    const resource = carePlanResourceOf(plan, 'Patient/123');
    expect(resource).toMatchObject({
      resourceType: 'CarePlan',
      identifier: [{ system: CARE_PLAN_IDENTIFIER_SYSTEM, value: 'sip-81' }],
      subject: { reference: 'Patient/123' },
      contained: [
        {
          resourceType: 'Goal',
          id: 'goal-1',
          description: { text: 'I want to be able to walk to the shop again' },
        },
      ],
      goal: [{ reference: '#goal-1' }],
      activity: [
        { detail: { description: 'Home care visits twice daily', scheduledPeriod: { end: '2026-11-25' } } },
      ],
    });
    expect(writtenVersionOf(resource)).toBe(2);
  });

  it('writes a version 2 plan with whom to call, the follow-up appointments and the recommendations', () => {
    const resource = carePlanResourceOf(
      {
        ...plan,
        contacts: [
          {
            description: 'Home care night patrol',
            careLinkId: 'jkpg-home-care-south',
            phone: '036-10 50 00',
            available: 'day-and-night',
          },
        ],
        followUps: [
          { description: 'Heart failure nurse', careLinkId: 'vc-huskvarna', at: '2026-11-30T10:00:00+01:00' },
        ],
        recommendations: ['Weigh daily; call the district nurse if up 2 kg in 3 days'],
      },
      'Patient/123',
    );
    expect(resource.contained[1]).toEqual({
      resourceType: 'CareTeam',
      id: 'contact-1',
      status: 'active',
      name: 'Home care night patrol',
      subject: { reference: 'Patient/123' },
      telecom: [{ system: 'phone', value: '036-10 50 00' }],
      managingOrganization: [{ display: 'jkpg-home-care-south' }],
      note: [{ text: 'Available day and night' }],
    });
    expect(resource.careTeam).toEqual([{ reference: '#contact-1' }]);
    expect(resource.activity[1]).toEqual({
      detail: {
        kind: 'Appointment',
        status: 'scheduled',
        description: 'Heart failure nurse',
        performer: [{ display: 'vc-huskvarna' }],
        scheduledPeriod: { start: '2026-11-30T10:00:00+01:00' },
      },
    });
    expect(resource.note).toEqual([{ text: 'Weigh daily; call the district nurse if up 2 kg in 3 days' }]);
  });

  it('writes a version 1 plan without care teams, appointments or notes', () => {
    const resource = carePlanResourceOf(plan, 'Patient/123');
    expect(resource.contained).toHaveLength(1);
    expect(resource).not.toHaveProperty('careTeam');
    expect(resource).not.toHaveProperty('note');
    expect(resource.activity).toHaveLength(1);
  });

  it('does not read back a plan Carechain wrote', () => {
    const written = {
      ...carePlanResourceOf(plan, 'Patient/123'),
      id: 'x',
      meta: { lastUpdated: '2026-11-20T08:00:00.000Z' },
    };
    expect(careEventChanges('CarePlan', written, undefined, ryhov)).toEqual({ ok: true, events: [] });
  });

  it('reads an EHR care plan as a new version of a shared care plan, and an unchanged one as nothing', () => {
    const ehrPlan = officialExample('CarePlan-example');
    const result = careEventChanges('CarePlan', ehrPlan, undefined, ryhov);
    expect(result).toMatchObject({
      ok: true,
      events: [{ type: 'CarePlanUpdated', schemaVersion: 2, payload: { carePlanId: 'ryhov-example' } }],
    });
    expect(
      careEventChanges(
        'CarePlan',
        { ...ehrPlan, meta: { lastUpdated: '2026-11-21T08:00:00.000Z' } },
        ehrPlan,
        ryhov,
      ),
    ).toEqual({ ok: true, events: [] });
  });
});
