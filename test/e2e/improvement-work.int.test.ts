import { careEventEnvelope, careEvents, eventually, uniquePatientId } from '@carechain/testing';
import { RunningPlatform } from './running-platform';

const WARD = 'ryhov-med-1';
const HOME_CARE = 'jonkoping-home-care';
const NURSING_HOME = 'bracke-nursing-home';
const PRIMARY_CARE = 'vc-tranas';

const SAVE_ORGANISATION =
  'mutation($input: OrganisationInput!) { saveOrganisation(input: $input) { organisationId } }';
const SAVE_CARE_LINK = 'mutation($input: CareLinkInput!) { saveCareLink(input: $input) { careLinkId } }';
const WARD_DAYS = `query($filter: UnnecessaryDaysFilter!) { unnecessaryDays(filter: $filter, granularity: WEEK) { series { value } } }`;

type Errors = { message: string; extensions: { code: string } }[];

/** Monday `n` weeks after 5 January 2026, as YYYY-MM-DD. */
const monday = (n: number) => new Date(Date.UTC(2026, 0, 5 + 7 * n)).toISOString().slice(0, 10);
const plusDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A stay on the ward, medically ready on a Monday and discharged `days` days later: `days` unnecessary days that week. */
function delayedDischarge(week: number, days: number): object[] {
  const patientId = uniquePatientId();
  const day = monday(week);
  return [
    careEvents.admitted(patientId, `${plusDays(day, -2)}T08:00:00Z`, WARD),
    careEventEnvelope('MedicallyReadyForDischarge', patientId, `${day}T09:00:00Z`, WARD, {
      stayId: `stay-${patientId}`,
      readyAt: `${day}T09:00:00Z`,
      expectedDestinationCareLinkId: HOME_CARE,
    }),
    careEventEnvelope('PatientDischarged', patientId, `${plusDays(day, days)}T12:00:00Z`, WARD, {
      stayId: `stay-${patientId}`,
      destination: 'home-with-home-care',
      destinationCareLinkId: HOME_CARE,
    }),
  ];
}

// Unnecessary days per week on the ward: ten weeks before the project, eight during it.
const BEFORE = [11, 12, 10, 12, 11, 10, 12, 11, 12, 10];
const DURING = [8, 6, 5, 4, 3, 2, 3, 2];
const stays = (values: number[], firstWeek: number) =>
  values.flatMap((value, i) =>
    [Math.min(value, 6), value - Math.min(value, 6)]
      .filter(Boolean)
      .flatMap((days) => delayedDischarge(firstWeek + i, days)),
  );

describe('improvement work: an Esther project from idea to celebration, breakdown reports, complaints and Quality Time', () => {
  let platform: RunningPlatform;

  // Each office acts in its people's role; wards and units as care staff, the gateway's default.
  const roleAt: Record<string, string> = {
    'coach-office': 'coach',
    coordinator: 'coordinator',
    'complaints-line': 'complaints-handler',
  };
  const gql = async <T>(query: string, variables: object = {}, careLinkId = 'coach-office') => {
    const { data, errors } = await platform.graphql<T>(query, variables, careLinkId, roleAt[careLinkId]);
    if (errors) throw new Error(errors.map((e) => e.message).join('; '));
    return data!;
  };
  const refused = async (query: string, variables: object, careLinkId = 'coach-office') =>
    ((await platform.graphql(query, variables, careLinkId, roleAt[careLinkId])).errors ?? []) as Errors;

  const submitAll = async (events: object[]) => {
    for (const event of events) expect((await platform.submit(event)).status).toBe(201);
  };
  // The whole weekly series, not its total: a stay whose discharge is not projected yet counts as
  // waiting, every day, and could make up a matching total by chance.
  const wardDaysReach = (weeks: number[]) =>
    eventually(
      async () => {
        const { unnecessaryDays } = await gql<{ unnecessaryDays: { series: { value: number }[] } }>(
          WARD_DAYS,
          {
            filter: { from: monday(0), to: plusDays(monday(17), 6), wardCareLinkIds: [WARD] },
          },
        );
        const values = unnecessaryDays.series.map((p) => p.value);
        return values.join() === [...weeks, ...Array(values.length - weeks.length).fill(0)].join()
          ? true
          : undefined;
      },
      `${weeks.join(', ')} unnecessary days a week projected`,
    );

  beforeAll(async () => {
    platform = await RunningPlatform.start();
    for (const input of [
      { organisationId: 'region-jonkoping', name: 'Region Jönköpings län', kind: 'region' },
      { organisationId: 'jonkoping-municipality', name: 'Jönköpings kommun', kind: 'municipality' },
    ]) {
      await gql(SAVE_ORGANISATION, { input }, 'coordinator');
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
        careLinkId: HOME_CARE,
        name: 'Hemtjänst Jönköping',
        kind: 'home-care',
        organisationId: 'jonkoping-municipality',
      },
      {
        careLinkId: NURSING_HOME,
        name: 'Bräcke äldreboende',
        kind: 'nursing-home',
        organisationId: 'jonkoping-municipality',
      },
      {
        careLinkId: PRIMARY_CARE,
        name: 'Vårdcentralen Tranås',
        kind: 'primary-care-unit',
        organisationId: 'region-jonkoping',
      },
    ]) {
      await gql(SAVE_CARE_LINK, { input }, 'coordinator');
    }
  });

  afterAll(async () => {
    await platform?.stop();
  });

  describe('a project on the ward’s unnecessary days, end to end', () => {
    let ideaId: string;
    let projectId: string;

    const PROJECT_INPUT = {
      title: 'Home the day Esther is ready',
      problem: 'Esther waits on the ward for days after she is ready because home care hears too late',
      whoMustCooperate: 'Medicine 1, Jönköping home care and Esther’s family',
      aimStatement: 'At most 3 unnecessary days a week on Medicine 1, three weeks in a row, by 30 June 2026',
      aim: { measureKey: 'ward-days', target: 3, by: '2026-06-30', sustainedPoints: 3 },
      startsOn: '2026-03-16',
      granularity: 'WEEK',
      baselinePeriods: 10,
      team: [
        { name: 'Anna, ward nurse', role: 'staff', careLinkId: WARD },
        { name: 'Bo, home care planner', role: 'staff', careLinkId: HOME_CARE },
        { name: 'Esther’s daughter', role: 'relative' },
      ],
      measures: [
        {
          key: 'ward-days',
          name: 'Unnecessary days on Medicine 1',
          role: 'outcome',
          improvement: 'DOWN',
          series: { kind: 'UNNECESSARY_DAYS', wardCareLinkIds: [WARD] },
        },
        {
          key: 'calls',
          name: 'Ready notices phoned the day before',
          role: 'process',
          improvement: 'UP',
          series: { kind: 'MANUAL', unit: 'calls', baseline: [{ period: monday(9), value: 0 }] },
        },
      ],
    };
    const CREATE =
      'mutation($input: ImprovementProjectInput!) { createImprovementProject(input: $input) { projectId status measures { measureId key } } }';
    const CHART = `query($projectId: ID!, $to: String) { improvementProject(projectId: $projectId) {
      aimEvaluation(to: $to) { status reachedIn }
      measures { key chart(to: $to) {
        baselineFixed baselinePoints firstImprovementSignal
        segments { firstPeriod baselinePoints mean lowerLimit upperLimit }
        points { period value shift outsideLimits variation }
        annotations { cycleNumber label startPeriod endPeriod }
      } }
    } }`;
    interface Chart {
      improvementProject: {
        aimEvaluation: { status: string; reachedIn: string | null };
        measures: {
          key: string;
          chart: {
            baselineFixed: boolean;
            baselinePoints: number;
            firstImprovementSignal: string | null;
            segments: {
              firstPeriod: string;
              baselinePoints: number;
              mean: number;
              lowerLimit: number;
              upperLimit: number;
            }[];
            points: {
              period: string;
              value: number;
              shift: boolean;
              outsideLimits: boolean;
              variation: string;
            }[];
            annotations: {
              cycleNumber: number;
              label: string;
              startPeriod: string | null;
              endPeriod: string | null;
            }[];
          } | null;
        }[];
      };
    }

    it('records an idea from a patient representative', async () => {
      const { submitImprovementIdea } = await gql<{
        submitImprovementIdea: { ideaId: string; status: string; submitterKind: string };
      }>(
        'mutation($input: ImprovementIdeaInput!) { submitImprovementIdea(input: $input) { ideaId status submitterKind } }',
        {
          input: {
            title: 'Call home care the day before',
            description: 'Phone home care when discharge is likely tomorrow',
            submitterKind: 'patient-representative',
          },
        },
      );
      expect(submitImprovementIdea).toMatchObject({ status: 'new', submitterKind: 'patient-representative' });
      ideaId = submitImprovementIdea.ideaId;
    });

    it('refuses a project whose team is one care link, or whose aim is on a process measure, naming each field', async () => {
      const [error] = await refused(CREATE, {
        input: {
          ...PROJECT_INPUT,
          team: [PROJECT_INPUT.team[0]],
          aim: { ...PROJECT_INPUT.aim, measureKey: 'calls' },
        },
      });
      expect(error).toMatchObject({
        message:
          'input.team: an Esther project needs people from at least two care links: who has to cooperate?; ' +
          "input.aim.measureKey: 'calls' is a process measure; the aim needs an outcome measure",
        extensions: { code: 'BAD_USER_INPUT' },
      });
    });

    it('adopts the idea as a project and fixes the baseline from the ten weeks before the start', async () => {
      await submitAll(stays(BEFORE, 0));
      await wardDaysReach(BEFORE);
      const { createImprovementProject } = await gql<{
        createImprovementProject: { projectId: string; status: string };
      }>(CREATE, {
        input: { ...PROJECT_INPUT, ideaId },
      });
      projectId = createImprovementProject.projectId;
      expect(createImprovementProject.status).toBe('active');
      const { improvementIdeas } = await gql<{ improvementIdeas: { ideaId: string; projectId: string }[] }>(
        '{ improvementIdeas(status: "adopted") { ideaId projectId } }',
      );
      expect(improvementIdeas).toEqual([{ ideaId, projectId }]);
      expect((await refused(CREATE, { input: { ...PROJECT_INPUT, ideaId } }))[0].message).toBe(
        'input.ideaId: the idea is already adopted as a project',
      );
    });

    it('annotates two PDSA cycles, and after the change the chart against the fixed baseline signals improvement', async () => {
      const PLAN =
        'mutation($projectId: ID!, $input: PdsaPlanInput!) { planPdsaCycle(projectId: $projectId, input: $input) { cycleId number } }';
      const OUTCOME =
        'mutation($cycleId: ID!, $input: PdsaOutcomeInput!) { recordPdsaOutcome(cycleId: $cycleId, input: $input) { number act endsOn } }';
      const first = (
        await gql<{ planPdsaCycle: { cycleId: string; number: number } }>(PLAN, {
          projectId,
          input: {
            change: 'Ready notice the day before',
            plan: 'Ward phones home care at the afternoon round',
            prediction: 'Half the waits end a day sooner',
            startsOn: '2026-03-18',
          },
        })
      ).planPdsaCycle;
      await gql(OUTCOME, {
        cycleId: first.cycleId,
        input: {
          endsOn: '2026-04-03',
          doNote: 'Phoned for 14 of 20 patients',
          study: 'Waits fell from 11 to 5 a week',
          act: 'adapt',
          actNote: 'Add the weekend',
        },
      });
      const second = (
        await gql<{ planPdsaCycle: { cycleId: string; number: number } }>(PLAN, {
          projectId,
          input: {
            change: 'Home care at the ward round',
            plan: 'Planner joins the Tuesday round',
            prediction: 'Three or fewer days a week',
            startsOn: '2026-04-08',
          },
        })
      ).planPdsaCycle;
      expect([first.number, second.number]).toEqual([1, 2]);
      await gql(OUTCOME, {
        cycleId: second.cycleId,
        input: {
          endsOn: '2026-05-08',
          doNote: 'Every Tuesday',
          study: 'Two or three days a week since mid-April',
          act: 'adopt',
          actNote: 'Routine from May',
        },
      });

      // The change: eight weeks of fewer delays, fed through the intake, Kafka and the projector like any other day.
      await submitAll(stays(DURING, 10));
      await wardDaysReach([...BEFORE, ...DURING]);

      const { improvementProject } = await gql<Chart>(CHART, { projectId, to: '2026-05-10' });
      const wardDays = improvementProject.measures.find((m) => m.key === 'ward-days')!.chart!;
      expect(wardDays.points.map((p) => p.value)).toEqual([...BEFORE, ...DURING]);
      // Baseline: the ten weeks before 16 March, mean 11.1, MR-bar 13/9, lower limit 11.1 − 2.66 × 13/9 = 7.26.
      expect(wardDays).toMatchObject({
        baselineFixed: true,
        baselinePoints: 10,
        firstImprovementSignal: '2026-03-16',
      });
      expect(wardDays.segments).toHaveLength(1);
      expect(wardDays.segments[0]).toMatchObject({ firstPeriod: monday(0), baselinePoints: 10, mean: 11.1 });
      expect(wardDays.segments[0].lowerLimit).toBeCloseTo(11.1 - (2.66 * 13) / 9, 6);
      const during = wardDays.points.slice(10);
      // All eight weeks lie below the baseline mean (a shift), and from the second on below the lower limit.
      expect(during.every((p) => p.shift && p.variation === 'IMPROVEMENT')).toBe(true);
      expect(during.map((p) => p.outsideLimits)).toEqual([false, true, true, true, true, true, true, true]);
      // Before the project nothing signals, but the last baseline week (10, below the mean) where the run begins.
      expect(wardDays.points.filter((p) => p.shift || p.outsideLimits)[0].period).toBe(monday(9));
      expect(wardDays.annotations).toEqual([
        {
          cycleNumber: 1,
          label: 'PDSA 1: Ready notice the day before',
          startPeriod: '2026-03-16',
          endPeriod: '2026-03-30',
        },
        {
          cycleNumber: 2,
          label: 'PDSA 2: Home care at the ward round',
          startPeriod: '2026-04-06',
          endPeriod: '2026-05-04',
        },
      ]);
    });

    it('has not reached its aim in mid-April, so there is nothing yet to celebrate', async () => {
      const { improvementProject } = await gql<Chart>(CHART, { projectId, to: '2026-04-19' });
      expect(improvementProject.aimEvaluation).toEqual({ status: 'not-yet', reachedIn: null });
      const [error] = await refused(
        'mutation($projectId: ID!) { celebrateImprovementProject(projectId: $projectId, to: "2026-04-19") { projectId } }',
        {
          projectId,
        },
      );
      expect(error).toMatchObject({
        message: 'projectId: the aim is not reached (not-yet); celebrate when it is',
        extensions: { code: 'BAD_USER_INPUT' },
      });
    });

    it('reaches the aim in the week of 27 April, after the second cycle, and celebrates it', async () => {
      const { improvementProject } = await gql<Chart>(CHART, { projectId, to: '2026-05-10' });
      // 3, 2 and 3 days in the weeks of 13, 20 and 27 April.
      expect(improvementProject.aimEvaluation).toEqual({ status: 'reached', reachedIn: '2026-04-27' });
      const { celebrateImprovementProject } = await gql<{
        celebrateImprovementProject: { celebration: { by: string; note: string } };
      }>(
        'mutation($projectId: ID!) { celebrateImprovementProject(projectId: $projectId, note: "Cake on the ward", to: "2026-05-10") { celebration { by note } } }',
        { projectId },
      );
      expect(celebrateImprovementProject.celebration).toEqual({ by: 'nurse-e2e', note: 'Cake on the ward' });
      const { celebrations } = await gql<{ celebrations: { projectId: string; title: string }[] }>(
        '{ celebrations { projectId title } }',
      );
      expect(celebrations).toEqual([{ projectId, title: PROJECT_INPUT.title }]);
    });

    it('keeps the team’s manual series beside it, and ends the project only with what was learned', async () => {
      const { improvementProject } = await gql<{
        improvementProject: { measures: { measureId: string; key: string }[] };
      }>(
        'query($projectId: ID!) { improvementProject(projectId: $projectId) { measures { measureId key } } }',
        { projectId },
      );
      const calls = improvementProject.measures.find((m) => m.key === 'calls')!.measureId;
      const RECORD =
        'mutation($measureId: ID!, $period: String!, $value: Float!) { recordMeasureValue(measureId: $measureId, period: $period, value: $value) }';
      await gql(RECORD, { measureId: calls, period: '2026-03-16', value: 14 });
      expect((await refused(RECORD, { measureId: calls, period: '2026-03-09', value: 3 }))[0].message).toBe(
        "period: '2026-03-09' is not the first day of a week from 2026-03-16 on (the baseline is fixed)",
      );
      const STATUS =
        'mutation($projectId: ID!, $learning: String) { changeImprovementProjectStatus(projectId: $projectId, status: "completed", learning: $learning) { status learning { text } } }';
      expect((await refused(STATUS, { projectId }))[0].message).toBe(
        'learning: say what was learned when a project is completed',
      );
      const { changeImprovementProjectStatus } = await gql<{
        changeImprovementProjectStatus: { status: string; learning: { text: string }[] };
      }>(STATUS, {
        projectId,
        learning: 'Home care needs the notice a day ahead, and a seat at the round',
      });
      expect(changeImprovementProjectStatus).toEqual({
        status: 'completed',
        learning: [{ text: 'Home care needs the notice a day ahead, and a seat at the round' }],
      });
    });
  });

  describe('cooperation-breakdown reports', () => {
    const REPORT =
      'mutation($input: CooperationBreakdownInput!) { reportCooperationBreakdown(input: $input) { reportId careLinkIds reportingCareLinkId } }';

    it('round-trips: reported quickly without a patient, trended by pair, linked to a project, and fed back to the reporter', async () => {
      const reports = [
        {
          occurredOn: '2026-02-10',
          careLinkIds: [WARD, HOME_CARE],
          whatHappened: 'Home care learned of the discharge from the taxi driver',
          consequence: 'No evening visit',
        },
        {
          occurredOn: '2026-03-04',
          careLinkIds: [HOME_CARE, WARD],
          whatHappened: 'Medicine list missing at discharge',
        },
        {
          occurredOn: '2026-03-20',
          careLinkIds: [WARD, PRIMARY_CARE],
          whatHappened: 'No one answered the ward’s call about follow-up',
        },
      ];
      const ids: string[] = [];
      for (const input of reports)
        ids.push(
          (await gql<{ reportCooperationBreakdown: { reportId: string } }>(REPORT, { input }, WARD))
            .reportCooperationBreakdown.reportId,
        );

      const { cooperationBreakdownTrends } = await gql<{ cooperationBreakdownTrends: object[] }>(
        '{ cooperationBreakdownTrends(from: "2026-02-01", to: "2026-03-31", granularity: MONTH) { careLinkIds total series { period value } } }',
      );
      expect(cooperationBreakdownTrends).toEqual([
        {
          careLinkIds: [HOME_CARE, WARD],
          total: 2,
          series: [
            { period: '2026-02-01', value: 1 },
            { period: '2026-03-01', value: 1 },
          ],
        },
        {
          careLinkIds: [WARD, PRIMARY_CARE],
          total: 1,
          series: [
            { period: '2026-02-01', value: 0 },
            { period: '2026-03-01', value: 1 },
          ],
        },
      ]);

      const { improvementProjects } = await gql<{ improvementProjects: { projectId: string }[] }>(
        '{ improvementProjects { projectId } }',
      );
      await gql(
        'mutation($r: ID!, $p: ID!) { linkCooperationBreakdown(reportId: $r, projectId: $p) { projectId } }',
        { r: ids[0], p: improvementProjects[0].projectId },
      );
      await gql(
        'mutation($r: ID!) { giveCooperationBreakdownFeedback(reportId: $r, feedback: "Taken up by the project Home the day Esther is ready") { feedback } }',
        {
          r: ids[0],
        },
      );
      const { myCooperationBreakdowns } = await gql<{
        myCooperationBreakdowns: {
          reportId: string;
          projectId: string | null;
          feedback: string | null;
          feedbackBy: string | null;
        }[];
      }>('{ myCooperationBreakdowns { reportId projectId feedback feedbackBy } }', {}, WARD);
      expect(myCooperationBreakdowns.find((r) => r.reportId === ids[0])).toEqual({
        reportId: ids[0],
        projectId: improvementProjects[0].projectId,
        feedback: 'Taken up by the project Home the day Esther is ready',
        feedbackBy: 'nurse-e2e',
      });
    });

    it('refuses a report naming one care link, or a patient', async () => {
      const [one] = await refused(
        REPORT,
        { input: { occurredOn: '2026-03-01', careLinkIds: [WARD], whatHappened: 'x' } },
        WARD,
      );
      expect(one).toMatchObject({
        message: 'input.careLinkIds: name at least two care links: cooperation breaks down between links',
        extensions: { code: 'BAD_USER_INPUT' },
      });
      const [patient] = await refused(
        REPORT,
        {
          input: {
            occurredOn: '2026-03-01',
            careLinkIds: [WARD, HOME_CARE],
            whatHappened: 'x',
            patientId: 'pat-1',
          },
        },
        WARD,
      );
      expect(patient.message).toMatch(/Field "patientId" is not defined by type "CooperationBreakdownInput"/);
    });
  });

  describe('complaints', () => {
    const patientId = uniquePatientId();
    let complaintId: string;
    const FIELDS =
      'complaintId concernsPatient awaitingAnswerFrom answers { careLinkId answer } feedback closedAt';
    const CLOSE = `mutation($id: ID!) { closeComplaint(complaintId: $id) { ${FIELDS} } }`;
    const ANSWER = `mutation($id: ID!, $answer: String!) { answerComplaint(complaintId: $id, answer: $answer) { ${FIELDS} } }`;

    beforeAll(async () => {
      // The patient the complaint concerns stays on the ward: the ward has a care relationship, the complaints line none.
      await submitAll([careEvents.admitted(patientId, '2026-11-20T08:00:00+01:00', WARD)]);
      await eventually(
        async () =>
          (
            await platform.graphql<{ patientJourney: { status: string } | null }>(
              'query($p: ID!) { patientJourney(patientId: $p) { status } }',
              { p: patientId },
              WARD,
            )
          ).data?.patientJourney
            ? true
            : undefined,
        'journey projected',
      );
    });

    it('is recorded by the complaints line with the links involved, each of which gets it', async () => {
      const { recordComplaint } = await gql<{
        recordComplaint: { complaintId: string; concernsPatient: boolean; awaitingAnswerFrom: string[] };
      }>(
        `mutation($input: ComplaintInput!) { recordComplaint(input: $input) { ${FIELDS} } }`,
        {
          input: {
            receivedOn: '2026-11-21',
            complainantKind: 'relative',
            summary: 'My mother came home without anyone from home care knowing',
            involvedCareLinkIds: [WARD, HOME_CARE],
            patientId,
          },
        },
        'complaints-line',
      );
      complaintId = recordComplaint.complaintId;
      expect(recordComplaint).toMatchObject({ concernsPatient: true, awaitingAnswerFrom: [WARD, HOME_CARE] });
      for (const link of [WARD, HOME_CARE]) {
        const { complaintsToAnswer } = await gql<{ complaintsToAnswer: { complaintId: string }[] }>(
          '{ complaintsToAnswer { complaintId } }',
          {},
          link,
        );
        expect(complaintsToAnswer.map((c) => c.complaintId)).toEqual([complaintId]);
      }
      expect(
        (
          await gql<{ complaintsToAnswer: unknown[] }>(
            '{ complaintsToAnswer { complaintId } }',
            {},
            PRIMARY_CARE,
          )
        ).complaintsToAnswer,
      ).toEqual([]);
    });

    it('shows the patient only to a care link with a care relationship', async () => {
      const QUERY = 'query($id: ID!) { complaint(complaintId: $id) { patientId summary } }';
      expect(
        (await gql<{ complaint: { patientId: string } }>(QUERY, { id: complaintId }, WARD)).complaint
          .patientId,
      ).toBe(patientId);
      const line = await platform.graphql<{ complaint: { patientId: string | null; summary: string } }>(
        QUERY,
        { id: complaintId },
        'complaints-line',
      );
      expect(line.data?.complaint).toEqual({
        patientId: null,
        summary: 'My mother came home without anyone from home care knowing',
      });
      expect(line.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    });

    it('is answered by each involved link, and cannot be closed before the complainant has had feedback', async () => {
      expect((await refused(ANSWER, { id: complaintId, answer: 'Not ours' }, PRIMARY_CARE))[0].message).toBe(
        `complaintId: care link ${PRIMARY_CARE} is not involved in this complaint`,
      );
      await gql(
        ANSWER,
        {
          id: complaintId,
          answer: 'The discharge notice was not sent; we now send it at the ready decision',
        },
        WARD,
      );
      expect((await refused(CLOSE, { id: complaintId }, 'complaints-line'))[0]).toMatchObject({
        message: `feedback: no feedback has been given to the complainant yet; answers: waiting for the answer of ${HOME_CARE}`,
        extensions: { code: 'BAD_USER_INPUT' },
      });
      const { answerComplaint } = await gql<{
        answerComplaint: { awaitingAnswerFrom: string[]; answers: { careLinkId: string }[] };
      }>(
        ANSWER,
        {
          id: complaintId,
          answer: 'We had no notice; the evening visit is now booked from the ready notice',
        },
        HOME_CARE,
      );
      expect(answerComplaint.awaitingAnswerFrom).toEqual([]);
      expect((await refused(CLOSE, { id: complaintId }, 'complaints-line'))[0].message).toBe(
        'feedback: no feedback has been given to the complainant yet',
      );
    });

    it('leads to the improvement project, records the feedback and the complainant’s response, and then closes', async () => {
      const { improvementProjects } = await gql<{ improvementProjects: { projectId: string }[] }>(
        '{ improvementProjects { projectId } }',
      );
      await gql(
        'mutation($id: ID!, $p: ID) { linkComplaint(complaintId: $id, projectId: $p, improvementMeeting: "Network meeting 2026-12-03") { projectId } }',
        {
          id: complaintId,
          p: improvementProjects[0].projectId,
        },
      );
      const { giveComplaintFeedback } = await gql<{
        giveComplaintFeedback: { feedback: string; complainantResponse: string };
      }>(
        'mutation($id: ID!, $input: ComplaintFeedbackInput!) { giveComplaintFeedback(complaintId: $id, input: $input) { feedback complainantResponse } }',
        {
          id: complaintId,
          input: {
            feedback: 'Both links answered; the ready notice now goes to home care at once',
            givenOn: '2026-11-23',
            complainantResponse: 'Satisfied',
          },
        },
        'complaints-line',
      );
      expect(giveComplaintFeedback.complainantResponse).toBe('Satisfied');
      const { closeComplaint } = await gql<{ closeComplaint: { closedAt: string | null } }>(
        CLOSE,
        { id: complaintId },
        'complaints-line',
      );
      expect(closeComplaint.closedAt).not.toBeNull();
      expect((await refused(ANSWER, { id: complaintId, answer: 'late' }, WARD))[0].message).toBe(
        'complaintId: the complaint is closed',
      );
      const { complaint } = await gql<{ complaint: { projectId: string; improvementMeeting: string } }>(
        'query($id: ID!) { complaint(complaintId: $id) { projectId improvementMeeting } }',
        { id: complaintId },
      );
      expect(complaint).toEqual({
        projectId: improvementProjects[0].projectId,
        improvementMeeting: 'Network meeting 2026-12-03',
      });
    });

    it('refuses a personal identity number as the patient', async () => {
      const [error] = await refused(
        'mutation($input: ComplaintInput!) { recordComplaint(input: $input) { complaintId } }',
        {
          input: {
            receivedOn: '2026-11-21',
            complainantKind: 'patient',
            summary: 'x',
            involvedCareLinkIds: [WARD],
            patientId: '19381123-1234',
          },
        },
        'complaints-line',
      );
      expect(error.message).toBe(
        'input.patientId: patientId looks like a personal identity number; send the pseudonymous patient id instead',
      );
    });
  });

  describe('Quality Time uptake', () => {
    const RECORD =
      'mutation($input: QualityTimeWeekInput!) { recordQualityTimeWeek(input: $input) { week offered used } }';
    const UPTAKE =
      'query($by: UptakeGrouping!) { qualityTimeUptake(from: "2026-01-01", to: "2026-02-28", granularity: MONTH, by: $by) { group period offered used uptake } }';

    beforeAll(async () => {
      for (const input of [
        { careLinkId: NURSING_HOME, week: '2026-01-05', offered: 20, used: 15 },
        { careLinkId: NURSING_HOME, week: '2026-01-26', offered: 20, used: 16 },
        // Recorded again: a correction replaces the week.
        { careLinkId: NURSING_HOME, week: '2026-01-26', offered: 20, used: 17 },
        { careLinkId: NURSING_HOME, week: '2026-02-02', offered: 18, used: 18 },
        // Week of 26 January for home care: its Thursday is 29 January, so it counts in January.
        { careLinkId: HOME_CARE, week: '2026-01-26', offered: 40, used: 30 },
        { careLinkId: HOME_CARE, week: '2026-02-23', offered: 40, used: 28 },
      ]) {
        await gql(RECORD, { input }, input.careLinkId);
      }
    });

    it('matches the uptake computed by hand per unit and month', async () => {
      const { qualityTimeUptake } = await gql<{ qualityTimeUptake: object[] }>(UPTAKE, { by: 'UNIT' });
      expect(qualityTimeUptake).toEqual([
        { group: NURSING_HOME, period: '2026-01-01', offered: 40, used: 32, uptake: 0.8 },
        { group: NURSING_HOME, period: '2026-02-01', offered: 18, used: 18, uptake: 1 },
        { group: HOME_CARE, period: '2026-01-01', offered: 40, used: 30, uptake: 0.75 },
        { group: HOME_CARE, period: '2026-02-01', offered: 40, used: 28, uptake: 0.7 },
      ]);
    });

    it('pools the municipality’s units: January (32 + 30) / (40 + 40) = 77.5%', async () => {
      const { qualityTimeUptake } = await gql<{ qualityTimeUptake: object[] }>(UPTAKE, {
        by: 'ORGANISATION',
      });
      expect(qualityTimeUptake).toEqual([
        { group: 'jonkoping-municipality', period: '2026-01-01', offered: 80, used: 62, uptake: 0.775 },
        { group: 'jonkoping-municipality', period: '2026-02-01', offered: 58, used: 46, uptake: 46 / 58 },
      ]);
    });

    it('refuses a hospital ward, a week not starting on Monday and more sessions used than offered', async () => {
      const [error] = await refused(
        RECORD,
        { input: { careLinkId: WARD, week: '2026-02-04', offered: 3, used: 4 } },
        NURSING_HOME,
      );
      expect(error).toMatchObject({
        message:
          'input.careLinkId: Quality Time is offered in social care (home care, nursing homes), not by a hospital-ward; ' +
          "input.week: '2026-02-04' is not a Monday in the form YYYY-MM-DD (the first day of an ISO week); " +
          'input.used: 4 used is more than the 3 offered',
        extensions: { code: 'BAD_USER_INPUT' },
      });
    });
  });
});
