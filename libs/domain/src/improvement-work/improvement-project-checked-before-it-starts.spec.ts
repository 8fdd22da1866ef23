import {
  checkPdsaOutcome,
  checkPdsaPlan,
  checkProject,
  evaluateMeasure,
  type ProjectDraft,
} from './improvement-project';

const known = new Set(['ryhov-med-1', 'jonkoping-home-care']);
const draft: ProjectDraft = {
  title: 'Home the day she is ready',
  problem: 'Esther waits days for home care after she is ready',
  whoMustCooperate: 'Medicine 1 and Jönköping home care',
  aimStatement: 'At most 3 unnecessary days a week on Medicine 1 by June',
  aim: { measureKey: 'ward-days', target: 3, by: '2026-06-30', sustainedPoints: 3 },
  startsOn: '2026-03-16',
  team: [
    { name: 'Anna', role: 'staff', careLinkId: 'ryhov-med-1' },
    { name: 'Bo', role: 'staff', careLinkId: 'jonkoping-home-care' },
    { name: 'Esther’s daughter', role: 'relative', careLinkId: null },
  ],
  measures: [
    {
      key: 'ward-days',
      name: 'Unnecessary days',
      role: 'outcome',
      improvement: 'down',
      series: { kind: 'unnecessary-days', wardCareLinkIds: ['ryhov-med-1'], receivingOrganisationIds: [] },
    },
  ],
};

describe('a project is checked before it starts, each problem named by its field', () => {
  it('accepts a team across two care links with a patient’s relative, and an outcome measure for the aim', () => {
    expect(checkProject(draft, known)).toEqual([]);
  });

  it('names a one-link team, an aim date before the start, an aim on a balancing measure and an unknown ward', () => {
    const problems = checkProject(
      {
        ...draft,
        aim: { ...draft.aim, by: '2026-03-01', sustainedPoints: 0 },
        team: [draft.team[0]],
        measures: [
          {
            ...draft.measures[0],
            role: 'balancing',
            series: {
              kind: 'unnecessary-days',
              wardCareLinkIds: ['ryhov-med-9'],
              receivingOrganisationIds: [],
            },
          },
        ],
      },
      known,
    );
    expect(problems.map((p) => p.field)).toEqual([
      'aim.by',
      'aim.sustainedPoints',
      'team',
      'measures[0].series.wardCareLinkIds',
      'aim.measureKey',
    ]);
  });

  it('needs a ward or municipality for unnecessary days, and a unit for a manual series', () => {
    const problems = checkProject(
      {
        ...draft,
        measures: [
          {
            ...draft.measures[0],
            series: { kind: 'unnecessary-days', wardCareLinkIds: [], receivingOrganisationIds: [] },
          },
          {
            key: 'calls',
            name: 'Calls',
            role: 'process',
            improvement: 'up',
            series: { kind: 'manual', unit: '' },
          },
        ],
      },
      known,
    );
    expect(problems).toEqual([
      {
        field: 'measures[0].series',
        message:
          'unnecessary days are measured for wards (wardCareLinkIds) or municipalities (receivingOrganisationIds)',
      },
      { field: 'measures[1].series.unit', message: 'must not be empty' },
    ]);
  });

  it('wants a prediction before a cycle and what was studied after it', () => {
    expect(
      checkPdsaPlan({ change: 'x', plan: 'y', prediction: '', startsOn: '2026-03-01' }, '2026-03-16').map(
        (p) => p.field,
      ),
    ).toEqual(['prediction']);
    expect(
      checkPdsaPlan({ change: 'x', plan: 'y', prediction: 'z', startsOn: '2026-03-01' }, '2026-03-16')[0]
        .message,
    ).toBe('must not be before the project starts (2026-03-16)');
    expect(
      checkPdsaOutcome(
        { endsOn: '2026-03-20', doNote: 'd', study: '', act: 'keep' as never, actNote: 'n' },
        '2026-03-21',
      ).map((p) => p.field),
    ).toEqual(['study', 'act', 'endsOn']);
  });

  it('charts a measure without a fixed baseline when fewer than two periods came before the start', () => {
    const evaluation = evaluateMeasure(
      [{ label: 'w1', value: 4 }],
      [
        { label: 'w2', value: 3 },
        { label: 'w3', value: 1 },
      ],
      'down',
    );
    expect([
      evaluation.baselineFixed,
      evaluation.firstImprovementSignal,
      evaluation.chart!.segments[0].baselinePoints,
    ]).toEqual([false, null, 3]);
    expect(evaluateMeasure([], [], 'down').chart).toBeNull();
  });
});
