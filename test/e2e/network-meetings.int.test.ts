import { RunningPlatform } from './running-platform';

const WARD = 'ryhov-med-1';
const PRIMARY_CARE = 'vc-tranas';
const HOME_CARE = 'jonkoping-home-care';
const HABO_HOME_CARE = 'habo-home-care';
const AREA = 'Jönköping';

type Errors = { message: string; extensions: { code: string } }[];
interface Item {
  itemId: string;
  position: number;
  sourceKind: string;
  sourceId: string | null;
  title: string;
  detail: string | null;
  decision: string | null;
  ownerCareLinkId: string | null;
}
interface Meeting {
  meetingId: string;
  area: string;
  heldOn: string;
  nextMeetingOn: string;
  organisationIds: string[];
  participantCareLinkIds: string[];
  patientRepresentatives: number;
  agenda: Item[];
  minutesRecordedAt: string | null;
}

const MEETING = `meetingId area heldOn nextMeetingOn organisationIds participantCareLinkIds patientRepresentatives minutesRecordedAt
  agenda { itemId position sourceKind sourceId title detail decision ownerCareLinkId }`;
const PLAN = `mutation($input: NetworkMeetingInput!) { planNetworkMeeting(input: $input) { ${MEETING} } }`;
const PROPOSED = 'query($id: ID!) { proposedAgenda(meetingId: $id) { sourceKind sourceId title detail } }';
const ADOPT = `mutation($id: ID!) { adoptAgenda(meetingId: $id) { ${MEETING} } }`;
const ADD = `mutation($id: ID!, $input: AgendaItemInput!) { addAgendaItem(meetingId: $id, input: $input) { ${MEETING} } }`;
const MINUTES = `mutation($id: ID!, $items: [AgendaMinuteInput!]!) { recordMinutes(meetingId: $id, items: $items) { ${MEETING} } }`;
const READ = `query($id: ID!) { networkMeeting(meetingId: $id) { ${MEETING} } }`;
const LIST = `query($from: String!, $to: String!, $area: String) { networkMeetings(from: $from, to: $to, area: $area) { meetingId heldOn } }`;

const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const plusDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('network meetings: the six-weekly local meeting, its agenda drawn from open complaints, breakdown reports and projects, and its minutes', () => {
  let platform: RunningPlatform;
  let projectId: string;
  let reportId: string;
  let complaintId: string;
  let meetingId: string;
  // A few days back in UTC is on or before today in the organisation's time zone, so minutes may be written.
  const heldOn = daysFromToday(-3);

  const gql = async <T>(
    query: string,
    variables: object = {},
    careLinkId = 'coach-office',
    roles = 'coach',
  ) => {
    const { data, errors } = await platform.graphql<T>(query, variables, careLinkId, roles);
    if (errors) throw new Error(errors.map((e) => e.message).join('; '));
    return data!;
  };
  const refused = async (query: string, variables: object) =>
    ((await platform.graphql(query, variables, 'coach-office', 'coach')).errors ?? []) as Errors;
  const meetingInput = {
    area: AREA,
    heldOn,
    organisationIds: ['region-jonkoping', 'jonkoping-municipality'],
    participantCareLinkIds: [WARD, PRIMARY_CARE, HOME_CARE],
    patientRepresentatives: 2,
  };

  beforeAll(async () => {
    platform = await RunningPlatform.start();
    for (const input of [
      { organisationId: 'region-jonkoping', name: 'Region Jönköpings län', kind: 'region' },
      { organisationId: 'jonkoping-municipality', name: 'Jönköpings kommun', kind: 'municipality' },
      { organisationId: 'habo-municipality', name: 'Habo kommun', kind: 'municipality' },
    ]) {
      await gql(
        'mutation($input: OrganisationInput!) { saveOrganisation(input: $input) { organisationId } }',
        { input },
        'coordinator',
        'coordinator',
      );
    }
    for (const input of [
      {
        careLinkId: WARD,
        name: 'Medicin 1',
        kind: 'hospital-ward',
        organisationId: 'region-jonkoping',
        hospital: 'Länssjukhuset Ryhov',
      },
      {
        careLinkId: PRIMARY_CARE,
        name: 'Vårdcentralen Tranås',
        kind: 'primary-care-unit',
        organisationId: 'region-jonkoping',
      },
      {
        careLinkId: HOME_CARE,
        name: 'Hemtjänst Jönköping',
        kind: 'home-care',
        organisationId: 'jonkoping-municipality',
      },
      {
        careLinkId: HABO_HOME_CARE,
        name: 'Hemtjänst Habo',
        kind: 'home-care',
        organisationId: 'habo-municipality',
      },
    ]) {
      await gql(
        'mutation($input: CareLinkInput!) { saveCareLink(input: $input) { careLinkId } }',
        { input },
        'coordinator',
        'coordinator',
      );
    }

    ({
      createImprovementProject: { projectId },
    } = await gql<{ createImprovementProject: { projectId: string } }>(
      'mutation($input: ImprovementProjectInput!) { createImprovementProject(input: $input) { projectId } }',
      {
        input: {
          title: 'Medicine list home with Esther',
          problem: 'Home care gets the medicine list days after Esther comes home',
          whoMustCooperate: 'Medicine 1, Tranås primary care and Jönköping home care',
          aimStatement: 'Every medicine list at home on the day of discharge',
          aim: { measureKey: 'lists-late', target: 0, by: '2030-12-31', sustainedPoints: 3 },
          startsOn: '2026-03-16',
          granularity: 'WEEK',
          team: [
            { name: 'Anna, ward nurse', role: 'staff', careLinkId: WARD },
            { name: 'Bo, home care', role: 'staff', careLinkId: HOME_CARE },
          ],
          measures: [
            {
              key: 'lists-late',
              name: 'Medicine lists arriving after the patient',
              role: 'outcome',
              improvement: 'DOWN',
              series: {
                kind: 'MANUAL',
                unit: 'lists',
                baseline: [
                  { period: '2026-03-02', value: 5 },
                  { period: '2026-03-09', value: 4 },
                ],
              },
            },
          ],
        },
      },
    ));
    await gql(
      'mutation($projectId: ID!, $input: PdsaPlanInput!) { planPdsaCycle(projectId: $projectId, input: $input) { cycleId } }',
      {
        projectId,
        input: {
          change: 'List faxed at discharge',
          plan: 'Ward nurse faxes the list',
          prediction: 'Half arrive in time',
          startsOn: '2026-03-16',
        },
      },
    );
    ({
      reportCooperationBreakdown: { reportId },
    } = await gql<{ reportCooperationBreakdown: { reportId: string } }>(
      'mutation($input: CooperationBreakdownInput!) { reportCooperationBreakdown(input: $input) { reportId } }',
      {
        input: {
          occurredOn: '2026-04-02',
          careLinkIds: [WARD, PRIMARY_CARE],
          whatHappened: 'No discharge letter reached the health centre',
        },
      },
      WARD,
      'hospital-staff',
    ));
    const complaint = (involvedCareLinkIds: string[], receivedOn: string) =>
      gql<{ recordComplaint: { complaintId: string } }>(
        'mutation($input: ComplaintInput!) { recordComplaint(input: $input) { complaintId } }',
        {
          input: {
            receivedOn,
            complainantKind: 'relative',
            summary: 'Nobody told us she was coming home',
            involvedCareLinkIds,
          },
        },
        'complaints-line',
        'complaints-handler',
      );
    complaintId = (await complaint([WARD, HOME_CARE], '2026-04-10')).recordComplaint.complaintId;
    await complaint([HABO_HOME_CARE], '2026-04-01');
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('refuses a meeting of one organisation, with strangers and no date, naming each field', async () => {
    const [error] = await refused(PLAN, {
      input: {
        area: AREA,
        heldOn: '2026-02-30',
        organisationIds: ['region-jonkoping'],
        participantCareLinkIds: [HABO_HOME_CARE, 'nowhere'],
      },
    });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe(
      [
        "input.heldOn: '2026-02-30' is not a date in the form YYYY-MM-DD",
        'input.organisationIds: name at least two participating organisations: the meeting is between them',
        "input.participantCareLinkIds: no care link 'nowhere' in the directory",
        "input.participantCareLinkIds: care links of no organisation in organisationIds: 'habo-home-care'",
      ].join('; '),
    );
    const { heldOn: _none, ...undated } = meetingInput;
    expect((await refused(PLAN, { input: undated }))[0].message).toBe(
      `input.heldOn: no earlier meeting in '${AREA}' to count six weeks from; give the date`,
    );
  });

  it('plans the meeting with the area’s organisations and patient representatives, the next one six weeks on', async () => {
    const { planNetworkMeeting } = await gql<{ planNetworkMeeting: Meeting }>(PLAN, { input: meetingInput });
    meetingId = planNetworkMeeting.meetingId;
    expect(planNetworkMeeting).toMatchObject({
      ...meetingInput,
      nextMeetingOn: plusDays(heldOn, 42),
      agenda: [],
      minutesRecordedAt: null,
    });
    expect((await refused(PLAN, { input: meetingInput }))[0].message).toBe(
      `input.heldOn: ${AREA} already meets on ${heldOn} (meeting ${meetingId})`,
    );
  });

  it('proposes the open complaint, the unanswered breakdown report and the running project of the area, each pointing at its source', async () => {
    const { proposedAgenda } = await gql<{
      proposedAgenda: Omit<Item, 'itemId' | 'position' | 'decision' | 'ownerCareLinkId'>[];
    }>(PROPOSED, { id: meetingId });
    expect(proposedAgenda).toEqual([
      {
        sourceKind: 'COMPLAINT',
        sourceId: complaintId,
        title: 'Complaint received 2026-04-10: Nobody told us she was coming home',
        detail: `awaiting the answer of ${WARD}, ${HOME_CARE}; no feedback to the complainant yet`,
      },
      {
        sourceKind: 'BREAKDOWN_REPORT',
        sourceId: reportId,
        title: `Cooperation broke down 2026-04-02 between ${WARD}, ${PRIMARY_CARE}`,
        detail: 'No discharge letter reached the health centre; no feedback or project yet',
      },
      {
        sourceKind: 'PROJECT',
        sourceId: projectId,
        title: 'Project: Medicine list home with Esther',
        detail: 'aim not-yet; PDSA 1 (List faxed at discharge) running',
      },
    ]);
  });

  it('adopts the proposal, adds other business, and refuses an item pointing nowhere', async () => {
    const { adoptAgenda } = await gql<{ adoptAgenda: Meeting }>(ADOPT, { id: meetingId });
    expect(adoptAgenda.agenda.map((i) => [i.position, i.sourceKind, i.sourceId])).toEqual([
      [1, 'COMPLAINT', complaintId],
      [2, 'BREAKDOWN_REPORT', reportId],
      [3, 'PROJECT', projectId],
    ]);
    // Adopting again adds nothing already on the agenda.
    expect((await gql<{ adoptAgenda: Meeting }>(ADOPT, { id: meetingId })).adoptAgenda.agenda).toHaveLength(
      3,
    );
    const { addAgendaItem } = await gql<{ addAgendaItem: Meeting }>(ADD, {
      id: meetingId,
      input: { sourceKind: 'OTHER', title: 'Quality Time uptake in home care' },
    });
    expect(addAgendaItem.agenda[3]).toMatchObject({
      position: 4,
      sourceKind: 'OTHER',
      sourceId: null,
      title: 'Quality Time uptake in home care',
    });

    const [unknown] = await refused(ADD, {
      id: meetingId,
      input: { sourceKind: 'COMPLAINT', sourceId: projectId, title: 'x' },
    });
    expect(unknown).toMatchObject({
      message: `input.sourceId: no complaint '${projectId}'`,
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(
      (await refused(ADD, { id: meetingId, input: { sourceKind: 'PROJECT', title: ' ' } }))[0].message,
    ).toBe('input.title: must not be empty; input.sourceId: name the project the item is about');
  });

  it('records a decision and an owning care link per item, refusing items not on the agenda and empty decisions', async () => {
    const { agenda } = (await gql<{ networkMeeting: Meeting }>(READ, { id: meetingId })).networkMeeting;
    const [error] = await refused(MINUTES, {
      id: meetingId,
      items: [
        { itemId: agenda[0].itemId, decision: '', ownerCareLinkId: 'nowhere' },
        { itemId: '00000000-0000-4000-8000-000000000000', decision: 'x' },
      ],
    });
    expect(error.message).toBe(
      [
        'items[0].decision: must not be empty',
        "items[0].ownerCareLinkId: no care link 'nowhere' in the directory",
        "items[1].itemId: '00000000-0000-4000-8000-000000000000' is not on this meeting's agenda",
      ].join('; '),
    );

    await gql(MINUTES, {
      id: meetingId,
      items: [
        {
          itemId: agenda[0].itemId,
          decision: 'The ward phones home care the day before discharge',
          ownerCareLinkId: WARD,
        },
        {
          itemId: agenda[1].itemId,
          decision: 'Discharge letters go to the health centre by the messaging service',
          ownerCareLinkId: PRIMARY_CARE,
        },
        {
          itemId: agenda[2].itemId,
          decision: 'Continue; report the run chart next meeting',
          ownerCareLinkId: HOME_CARE,
        },
      ],
    });
    const { networkMeeting } = await gql<{ networkMeeting: Meeting }>(READ, { id: meetingId });
    expect(networkMeeting.minutesRecordedAt).not.toBeNull();
    expect(networkMeeting.agenda.map((i) => [i.sourceKind, i.decision, i.ownerCareLinkId])).toEqual([
      ['COMPLAINT', 'The ward phones home care the day before discharge', WARD],
      [
        'BREAKDOWN_REPORT',
        'Discharge letters go to the health centre by the messaging service',
        PRIMARY_CARE,
      ],
      ['PROJECT', 'Continue; report the run chart next meeting', HOME_CARE],
      ['OTHER', null, null],
    ]);
    expect((await refused(ADOPT, { id: meetingId }))[0].message).toBe(
      'meetingId: minutes are recorded; the agenda can no longer change',
    );
  });

  it('plans the next meeting six weeks on by default, and takes its minutes only once it is held', async () => {
    const { heldOn: _given, ...undated } = meetingInput;
    const { planNetworkMeeting: next } = await gql<{ planNetworkMeeting: Meeting }>(PLAN, { input: undated });
    expect(next.heldOn).toBe(plusDays(heldOn, 42));
    await gql(ADD, {
      id: next.meetingId,
      input: { sourceKind: 'PROJECT', sourceId: projectId, title: 'Run chart of the medicine lists' },
    });
    const { networkMeeting } = await gql<{ networkMeeting: Meeting }>(READ, { id: next.meetingId });
    expect(
      (
        await refused(MINUTES, {
          id: next.meetingId,
          items: [{ itemId: networkMeeting.agenda[0].itemId, decision: 'x' }],
        })
      )[0].message,
    ).toBe(`meetingId: the meeting is on ${next.heldOn}; minutes can be recorded from that day on`);

    const { networkMeetings } = await gql<{ networkMeetings: { meetingId: string; heldOn: string }[] }>(
      LIST,
      { from: heldOn, to: next.heldOn, area: AREA },
    );
    expect(networkMeetings).toEqual([
      { meetingId, heldOn },
      { meetingId: next.meetingId, heldOn: next.heldOn },
    ]);
    expect((await refused(LIST, { from: next.heldOn, to: heldOn }))[0].message).toBe(
      `to: must not be before from (${next.heldOn})`,
    );
    expect((await refused(READ, { id: 'no-such-meeting' }))[0].message).toBe(
      "meetingId: no network meeting 'no-such-meeting'",
    );
  });

  it('lets only one of several coaches planning the same area and day at once succeed', async () => {
    const input = { ...meetingInput, area: 'Höglandet', heldOn: '2027-01-12' };
    const answers = await Promise.all(
      Array.from({ length: 5 }, () =>
        platform.graphql<{ planNetworkMeeting: Meeting }>(PLAN, { input }, 'coach-office', 'coach'),
      ),
    );
    expect(answers.filter((a) => a.data?.planNetworkMeeting)).toHaveLength(1);
    for (const refusedPlan of answers.filter((a) => !a.data?.planNetworkMeeting)) {
      expect(refusedPlan.errors?.[0].message).toMatch(
        /^input\.heldOn: Höglandet already meets on 2027-01-12/,
      );
    }
  });
});
