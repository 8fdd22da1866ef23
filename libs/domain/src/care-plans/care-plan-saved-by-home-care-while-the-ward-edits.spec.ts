import {
  decideCarePlanSave,
  decideSubmittedCarePlanVersion,
  type CarePlanHead,
} from './decide-care-plan-save';
import type { CarePlanContent } from './care-plan';

const content: CarePlanContent = {
  goals: ['Klara mig själv hemma'],
  actions: [{ description: 'Hemtjänst morgon och kväll', responsibleCareLinkId: 'jkpg-home-care-south' }],
  contacts: [{ description: 'Hemtjänstens nattpatrull', phone: '036-10 20 30', available: 'day-and-night' }],
  followUps: [],
  recommendations: [],
};
const savedByHomeCare: CarePlanHead = {
  carePlanId: 'sip-1',
  version: 2,
  careLinkId: 'jkpg-home-care-south',
  occurredAt: new Date('2026-11-20T13:00:00Z'),
};

describe('the ward edits the care plan while home care saves a new version', () => {
  it('the ward, still editing version 1, is told home care saved version 2 meanwhile', () => {
    expect(
      decideCarePlanSave(savedByHomeCare, { baseVersion: 1, newCarePlanId: 'sip-new', content }),
    ).toEqual({
      ok: false,
      refusal: {
        kind: 'conflict',
        field: 'baseVersion',
        message:
          'the care plan is at version 2, not 1; jkpg-home-care-south saved it last, at 2026-11-20T13:00:00.000Z. Reload the plan and make your change to it',
      },
    });
  });

  it('after reloading, the ward saves version 3 of the same plan', () => {
    expect(
      decideCarePlanSave(savedByHomeCare, { baseVersion: 2, newCarePlanId: 'sip-new', content }),
    ).toEqual({
      ok: true,
      events: [{ type: 'CarePlanUpdated', payload: { carePlanId: 'sip-1', version: 3, ...content } }],
    });
  });

  it('the first plan gets its own id and version 1', () => {
    expect(decideCarePlanSave(null, { baseVersion: 0, newCarePlanId: 'sip-new', content })).toMatchObject({
      ok: true,
      events: [{ payload: { carePlanId: 'sip-new', version: 1 } }],
    });
  });

  it('a plan with nobody to call at night is refused whatever its version', () => {
    const dayOnly = { ...content, contacts: [{ ...content.contacts[0], available: 'day' as const }] };
    expect(decideCarePlanSave(null, { baseVersion: 0, newCarePlanId: 'sip-new', content: dayOnly })).toEqual({
      ok: false,
      refusal: {
        kind: 'invalid',
        problems: [{ field: 'contacts', message: 'name someone the patient can call at night' }],
      },
    });
  });

  it('an EHR sending version 2 again after home care saved it is told the next version is 3', () => {
    expect(decideSubmittedCarePlanVersion(savedByHomeCare, { version: 2 })).toMatchObject({
      ok: false,
      refusal: {
        kind: 'conflict',
        field: 'version',
        message: expect.stringMatching(/^the care plan is at version 2, so the next version is 3, not 2; /),
      },
    });
    expect(decideSubmittedCarePlanVersion(savedByHomeCare, { version: 3 }).ok).toBe(true);
  });
});
