import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { CareLinkSelect } from '../coach/care-link-select';
import { today } from '../coach/dates';
import { useMay } from '../coach/may';
import { useSave } from '../coach/save';
import { DIRECTORY_QUERY } from '../graphql/directory';
import type { Granularity, ImprovementDirection, MeasureSeriesKind } from '../graphql/generated/graphql';
import { CREATE_PROJECT, IDEAS } from './operations';

const teamRoles = ['staff', 'coach', 'patient', 'patient-representative', 'relative'];
const MEASURE_KEY = 'outcome';

/** A coach adopts an idea (or starts afresh) as an Esther project: problem, aim, team and measure. */
export default function NewProjectPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const coach = useMay('improvementWork');
  const [params] = useSearchParams();
  const ideaId = params.get('idea');
  const [{ data: ideas }] = useQuery({ query: IDEAS, variables: { status: 'new' }, pause: !ideaId });
  const [{ data: directory }] = useQuery({ query: DIRECTORY_QUERY });
  const idea = ideas?.improvementIdeas.find((i) => i.ideaId === ideaId);
  const [form, setForm] = useState({
    title: '',
    problem: '',
    whoMustCooperate: '',
    aimStatement: '',
    startsOn: today(),
    granularity: 'MONTH' as Granularity,
    baselinePeriods: 12,
    target: '',
    by: '',
    sustainedPoints: 3,
    measureName: '',
    improvement: 'DOWN' as ImprovementDirection,
    kind: 'UNNECESSARY_DAYS' as MeasureSeriesKind,
    wards: [] as string[],
    unit: '',
  });
  const [team, setTeam] = useState([
    { name: '', role: 'staff', careLinkId: '' },
    { name: '', role: 'staff', careLinkId: '' },
  ]);
  useEffect(() => {
    if (idea)
      setForm((f) => ({ ...f, title: f.title || idea.title, problem: f.problem || idea.description }));
  }, [idea]);
  const create = useSave(CREATE_PROJECT);
  if (!coach) return <p className="state">{t('improvement.new.onlyCoaches')}</p>;

  const set = (key: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [key]: e.target.value });
  const send = async (event: FormEvent) => {
    event.preventDefault();
    const created = await create.run({
      input: {
        ideaId,
        title: form.title,
        problem: form.problem,
        whoMustCooperate: form.whoMustCooperate,
        aimStatement: form.aimStatement,
        startsOn: form.startsOn,
        granularity: form.granularity,
        baselinePeriods: Number(form.baselinePeriods),
        aim: {
          measureKey: MEASURE_KEY,
          target: Number(form.target),
          by: form.by,
          sustainedPoints: Number(form.sustainedPoints),
        },
        team: team
          .filter((m) => m.name.trim())
          .map((m) => ({ name: m.name, role: m.role, careLinkId: m.careLinkId || null })),
        measures: [
          {
            key: MEASURE_KEY,
            name: form.measureName,
            role: 'outcome',
            improvement: form.improvement,
            series:
              form.kind === 'UNNECESSARY_DAYS'
                ? { kind: form.kind, wardCareLinkIds: form.wards }
                : { kind: form.kind, unit: form.unit },
          },
        ],
      },
    });
    if (created) void navigate(`/improvement/${created.createImprovementProject.projectId}`);
  };
  const text = (key: keyof typeof form, label: string, long = false, type = 'text') => (
    <div className="field">
      <label htmlFor={`project-${key}`}>{label}</label>
      {long ? (
        <textarea id={`project-${key}`} required value={String(form[key])} onChange={set(key)} />
      ) : (
        <input id={`project-${key}`} type={type} required value={String(form[key])} onChange={set(key)} />
      )}
    </div>
  );

  return (
    <section aria-labelledby="new-project-title">
      <h1 id="new-project-title">{t('improvement.new.title')}</h1>
      {idea && <p>{t('improvement.new.fromIdea', { title: idea.title })}</p>}
      <form className="card wide" onSubmit={send}>
        <fieldset>
          <legend>{t('improvement.new.what')}</legend>
          {text('title', t('improvement.new.projectTitle'))}
          {text('problem', t('improvement.new.problem'), true)}
          {text('whoMustCooperate', t('improvement.new.whoMustCooperate'), true)}
        </fieldset>
        <fieldset>
          <legend>{t('improvement.new.aim')}</legend>
          {text('aimStatement', t('improvement.new.aimStatement'), true)}
          {text('target', t('improvement.new.target'), false, 'number')}
          {text('by', t('improvement.new.by'), false, 'date')}
          {text('sustainedPoints', t('improvement.new.sustainedPoints'), false, 'number')}
        </fieldset>
        <fieldset>
          <legend>{t('improvement.new.measure')}</legend>
          {text('measureName', t('improvement.new.measureName'))}
          <div className="field">
            <label htmlFor="project-kind">{t('improvement.new.kind')}</label>
            <select id="project-kind" value={form.kind} onChange={set('kind')}>
              {(['UNNECESSARY_DAYS', 'MANUAL'] as const).map((k) => (
                <option key={k} value={k}>
                  {t(`improvement.kinds.${k}`)}
                </option>
              ))}
            </select>
          </div>
          {form.kind === 'UNNECESSARY_DAYS' ? (
            <CareLinkSelect
              id="project-wards"
              label={t('improvement.new.wards')}
              kinds={['hospital-ward']}
              required
              value={form.wards}
              onChange={(wards) => setForm({ ...form, wards })}
            />
          ) : (
            text('unit', t('improvement.new.unit'))
          )}
          <div className="field">
            <label htmlFor="project-improvement">{t('improvement.new.improvement')}</label>
            <select id="project-improvement" value={form.improvement} onChange={set('improvement')}>
              <option value="DOWN">{t('improvement.directions.DOWN')}</option>
              <option value="UP">{t('improvement.directions.UP')}</option>
            </select>
          </div>
          {text('startsOn', t('improvement.new.startsOn'), false, 'date')}
          <div className="field">
            <label htmlFor="project-granularity">{t('improvement.new.granularity')}</label>
            <select id="project-granularity" value={form.granularity} onChange={set('granularity')}>
              <option value="WEEK">{t('dashboard.granularities.WEEK')}</option>
              <option value="MONTH">{t('dashboard.granularities.MONTH')}</option>
            </select>
          </div>
          {text('baselinePeriods', t('improvement.new.baselinePeriods'), false, 'number')}
        </fieldset>
        <fieldset>
          <legend>{t('improvement.new.team')}</legend>
          <p className="hint">{t('improvement.new.teamHint')}</p>
          {team.map((member, i) => (
            <div className="team-row" key={i}>
              <div className="field">
                <label htmlFor={`member-${i}-name`}>{t('improvement.new.memberName', { n: i + 1 })}</label>
                <input
                  id={`member-${i}-name`}
                  value={member.name}
                  onChange={(e) =>
                    setTeam(team.map((m, j) => (j === i ? { ...m, name: e.target.value } : m)))
                  }
                />
              </div>
              <div className="field">
                <label htmlFor={`member-${i}-role`}>{t('improvement.new.memberRole', { n: i + 1 })}</label>
                <select
                  id={`member-${i}-role`}
                  value={member.role}
                  onChange={(e) =>
                    setTeam(team.map((m, j) => (j === i ? { ...m, role: e.target.value } : m)))
                  }
                >
                  {teamRoles.map((r) => (
                    <option key={r} value={r}>
                      {t(`improvement.teamRoles.${r}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={`member-${i}-link`}>{t('improvement.new.memberLink', { n: i + 1 })}</label>
                <select
                  id={`member-${i}-link`}
                  value={member.careLinkId}
                  onChange={(e) =>
                    setTeam(team.map((m, j) => (j === i ? { ...m, careLinkId: e.target.value } : m)))
                  }
                >
                  <option value="">{t('improvement.new.noLink')}</option>
                  {(directory?.careLinks ?? []).map((l) => (
                    <option key={l.careLinkId} value={l.careLinkId}>
                      {l.hospital ? `${l.name}, ${l.hospital}` : l.name}
                    </option>
                  ))}
                </select>
              </div>
            </div>
          ))}
          <button
            type="button"
            onClick={() => setTeam([...team, { name: '', role: 'staff', careLinkId: '' }])}
          >
            {t('improvement.new.addMember')}
          </button>
        </fieldset>
        <button type="submit" disabled={create.fetching}>
          {t('improvement.new.create')}
        </button>
        {create.status}
      </form>
    </section>
  );
}
