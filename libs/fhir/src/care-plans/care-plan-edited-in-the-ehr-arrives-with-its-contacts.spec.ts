import { validateCareEvent } from '@carechain/contracts';
import { asSubmitted, officialExample, ryhov } from '../__fixtures__/examples';
import { careEventChanges } from '../resource-changes';

const drafted = (current: unknown, previous?: unknown) => {
  const result = careEventChanges('CarePlan', current, previous, ryhov);
  if (!result.ok) throw new Error(result.issues.map((i) => i.diagnostics).join('; '));
  return result.events;
};

describe('a care plan kept in the EHR is edited there: whom to call and the follow-up come across', () => {
  const firstVersion = {
    resourceType: 'CarePlan',
    id: 'sip-esther',
    meta: { versionId: 'a1f0', lastUpdated: '2026-11-20T08:00:00.000Z' },
    status: 'active',
    intent: 'plan',
    subject: { reference: 'Patient/esther' },
    contained: [
      { resourceType: 'Goal', id: 'g1', description: { text: 'Walk to the shop again' } },
      {
        resourceType: 'CareTeam',
        id: 'night',
        name: 'Home care night patrol',
        telecom: [{ system: 'phone', value: '036-10 50 00' }],
        note: [{ text: 'Available day and night' }],
      },
      {
        resourceType: 'Organization',
        id: 'vc',
        name: 'Huskvarna primary care',
        telecom: [{ system: 'phone', value: '036-32 40 00' }],
      },
    ],
    goal: [{ reference: '#g1' }],
    careTeam: [{ reference: '#night' }],
    contributor: [{ reference: '#vc' }, { reference: 'Practitioner/no-phone', display: 'Dr Berg' }],
    activity: [
      { detail: { status: 'scheduled', description: 'Home care visits twice daily' } },
      {
        detail: {
          kind: 'Appointment',
          status: 'scheduled',
          description: 'Heart failure nurse',
          scheduledPeriod: { start: '2026-11-30T10:00:00+01:00' },
        },
      },
    ],
    note: [{ text: 'Weigh daily; call the district nurse if up 2 kg in 3 days' }],
  };
  const edited = {
    ...firstVersion,
    meta: { versionId: 'b7c2', lastUpdated: '2026-11-21T09:30:00.000Z' },
    contained: firstVersion.contained.map((c) =>
      c.id === 'night' ? { ...c, telecom: [{ system: 'phone', value: '036-10 60 00' }] } : c,
    ),
  };

  it('reads contacts from the care team and the contributors that have a phone, follow-ups and notes', () => {
    const [event] = drafted(firstVersion);
    expect(validateCareEvent(asSubmitted(event))).toMatchObject({ ok: true });
    expect(event).toMatchObject({ type: 'CarePlanUpdated', schemaVersion: 2 });
    expect(event.payload).toEqual({
      carePlanId: 'ryhov-sip-esther',
      version: 1,
      goals: ['Walk to the shop again'],
      actions: [{ description: 'Home care visits twice daily', responsibleCareLinkId: 'ryhov-med-3' }],
      contacts: [
        { description: 'Home care night patrol', phone: '036-10 50 00', available: 'day-and-night' },
        // Nothing says it answers at night: the daytime only.
        { description: 'Huskvarna primary care', phone: '036-32 40 00', available: 'day' },
      ],
      followUps: [
        { description: 'Heart failure nurse', careLinkId: 'ryhov-med-3', at: '2026-11-30T10:00:00+01:00' },
      ],
      recommendations: ['Weigh daily; call the district nurse if up 2 kg in 3 days'],
    });
  });

  it('makes a new version of an edit that changes a phone number, and none of a save that changes nothing', () => {
    expect(drafted(edited, firstVersion)).toEqual([
      expect.objectContaining({
        occurredAt: '2026-11-21T09:30:00.000Z',
        payload: expect.objectContaining({
          contacts: expect.arrayContaining([expect.objectContaining({ phone: '036-10 60 00' })]),
        }),
      }),
    ]);
    expect(
      drafted({ ...edited, meta: { versionId: 'c9', lastUpdated: '2026-11-22T08:00:00Z' } }, edited),
    ).toEqual([]);
  });

  it('reads the official example plan with its contained goal and activities', () => {
    const [event] = drafted(officialExample('CarePlan-example'));
    expect(validateCareEvent(asSubmitted(event))).toMatchObject({ ok: true });
  });
});
