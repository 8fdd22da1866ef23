import { checkCarePlan, type CarePlanContent } from './care-plan';

const plan: CarePlanContent = {
  goals: ['I want to be able to walk to the shop again'],
  actions: [
    {
      description: 'Home care visits twice daily',
      responsibleCareLinkId: 'jonkoping-home-care',
      dueDate: '2026-11-25',
    },
  ],
  contacts: [
    { description: 'District nurse', careLinkId: 'vc-huskvarna', phone: '036-32 40 00', available: 'day' },
    {
      description: 'Night patrol',
      careLinkId: 'jonkoping-home-care',
      phone: '036-10 50 00',
      available: 'night',
    },
  ],
  followUps: [
    { description: 'Heart failure nurse visit', careLinkId: 'vc-huskvarna', at: '2026-11-30T10:00:00+01:00' },
  ],
  recommendations: ['Weigh daily; call the district nurse if up 2 kg in 3 days'],
};

describe('the care plan made at discharge', () => {
  it('is accepted with a goal in her words and someone to call by day and by night', () => {
    expect(checkCarePlan(plan)).toEqual([]);
    expect(
      checkCarePlan({
        ...plan,
        contacts: [{ description: 'Home care', phone: '036-10 50 00', available: 'day-and-night' }],
      }),
    ).toEqual([]);
  });

  it('is refused without a goal, or with no one to call at night', () => {
    expect(checkCarePlan({ ...plan, goals: ['  '], contacts: [plan.contacts[0]] })).toEqual([
      { path: 'goals', message: "write at least one goal, in the patient's own words" },
      { path: 'contacts', message: 'name someone the patient can call at night' },
    ]);
    expect(checkCarePlan({ ...plan, contacts: [] }).map((p) => p.message)).toEqual([
      'name someone the patient can call in the daytime',
      'name someone the patient can call at night',
    ]);
  });
});
