import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { formatDay, today } from '../coach/dates';
import { useMay } from '../coach/may';
import { useSave } from '../coach/save';
import { useDirectory } from '../graphql/directory';
import { formatDateTime, formatNumber } from '../i18n/i18n';
import { ErrorMessage, Loading } from '../layout/states';
import { MeasureSection } from './measure-section';
import { CELEBRATE, CHANGE_STATUS, PROJECT, RECORD_LEARNING } from './operations';
import { PdsaCycles } from './pdsa-cycles';

/** One Esther project: the problem, the aim and whether it is reached, the team, measures, cycles, learning. */
export default function ProjectPage() {
  const { projectId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const coach = useMay('improvementWork');
  const directory = useDirectory();
  const [{ data, error, fetching }, refetch] = useQuery({
    query: PROJECT,
    variables: { projectId, to: today() },
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  if (error) return <ErrorMessage error={error} retry={reload} />;
  if (!data) return fetching ? <Loading /> : null;
  const project = data.improvementProject;
  const notes = project.measures[0]?.chart?.annotations ?? [];
  return (
    <article aria-labelledby="project-title" className="project">
      <p>
        <Link to="/improvement">{t('improvement.back')}</Link>
      </p>
      <h1 id="project-title">{project.title}</h1>
      <p className="meta">
        {t(`improvement.statuses.${project.status}`, { defaultValue: project.status })} ·{' '}
        {t('improvement.startsOn', { day: formatDay(project.startsOn, i18n.language) })}
      </p>
      <dl className="facts">
        <dt>{t('improvement.problem')}</dt>
        <dd>{project.problem}</dd>
        <dt>{t('improvement.whoMustCooperate')}</dt>
        <dd>{project.whoMustCooperate}</dd>
        <dt>{t('improvement.aim')}</dt>
        <dd>
          {project.aimStatement}{' '}
          <span className="meta">
            {t('improvement.aimDetail', {
              target: formatNumber(project.aim.target, i18n.language, 1),
              by: formatDay(project.aim.by, i18n.language),
              points: project.aim.sustainedPoints,
            })}
          </span>
        </dd>
        <dt>{t('improvement.aimStatus')}</dt>
        <dd data-aim-status={project.aimEvaluation.status}>
          {t(`improvement.aimStatuses.${project.aimEvaluation.status}`, {
            defaultValue: project.aimEvaluation.status,
          })}
          {project.aimEvaluation.reachedIn &&
            ` (${t('improvement.reachedIn', { period: formatDay(project.aimEvaluation.reachedIn, i18n.language) })})`}
        </dd>
      </dl>
      <Celebration
        projectId={projectId}
        celebration={project.celebration}
        reached={['reached', 'reached-late'].includes(project.aimEvaluation.status)}
        editable={coach}
        onSaved={reload}
      />
      <h2>{t('improvement.team')}</h2>
      <ul>
        {project.team.map((m, i) => (
          <li key={i}>
            {m.name} ({t(`improvement.teamRoles.${m.role}`, { defaultValue: m.role })})
            {m.careLinkId && `, ${directory.careLink(m.careLinkId)}`}
          </li>
        ))}
      </ul>
      <h2>{t('improvement.measures')}</h2>
      {project.measures.map((m) => (
        <MeasureSection
          key={m.measureId}
          measure={m}
          granularity={project.granularity}
          notes={notes.map((n) => ({ label: n.label, start: n.startPeriod ?? '', end: n.endPeriod }))}
          editable={coach}
          onSaved={reload}
        />
      ))}
      <PdsaCycles projectId={projectId} cycles={project.cycles} editable={coach} onChange={reload} />
      <Learning
        projectId={projectId}
        status={project.status}
        entries={project.learning.map((l) => ({ ...l, at: formatDateTime(l.at, i18n.language) }))}
        editable={coach}
        onSaved={reload}
      />
    </article>
  );
}

function Celebration({
  projectId,
  celebration,
  reached,
  editable,
  onSaved,
}: {
  projectId: string;
  celebration?: { at: string; by: string; note?: string | null } | null;
  reached: boolean;
  editable: boolean;
  onSaved(): void;
}) {
  const { t, i18n } = useTranslation();
  const [note, setNote] = useState('');
  const celebrate = useSave(CELEBRATE);
  if (celebration)
    return (
      <p className="celebrated" role="status">
        {t('improvement.celebratedOn', {
          at: formatDateTime(celebration.at, i18n.language),
          by: celebration.by,
        })}
        {celebration.note && `: ${celebration.note}`}
      </p>
    );
  if (!reached) return <p className="hint">{t('improvement.celebrateWhenReached')}</p>;
  if (!editable) return null;
  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (await celebrate.run({ projectId, note: note || null, to: today() })) onSaved();
  };
  return (
    <form className="card" onSubmit={send}>
      <p>{t('improvement.aimReached')}</p>
      <div className="field">
        <label htmlFor="celebration-note">{t('improvement.celebrationNote')}</label>
        <input id="celebration-note" value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <button type="submit" disabled={celebrate.fetching}>
        {t('improvement.celebrate')}
      </button>
      {celebrate.status}
    </form>
  );
}

function Learning({
  projectId,
  status,
  entries,
  editable,
  onSaved,
}: {
  projectId: string;
  status: string;
  entries: { at: string; by: string; text: string }[];
  editable: boolean;
  onSaved(): void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [next, setNext] = useState('completed');
  const record = useSave(RECORD_LEARNING);
  const change = useSave(CHANGE_STATUS);
  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (await record.run({ projectId, text })) {
      setText('');
      onSaved();
    }
  };
  const end = async () => {
    if (await change.run({ projectId, status: next, learning: text || null })) onSaved();
  };
  return (
    <section aria-labelledby="learning-title">
      <h2 id="learning-title">{t('improvement.learning.title')}</h2>
      {entries.length === 0 ? (
        <p className="state empty">{t('improvement.learning.none')}</p>
      ) : (
        <ul>
          {entries.map((e, i) => (
            <li key={i}>
              {e.text}{' '}
              <span className="meta">
                ({e.by}, {e.at})
              </span>
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <form className="card" onSubmit={send}>
          <div className="field">
            <label htmlFor="learning-text">{t('improvement.learning.text')}</label>
            <textarea id="learning-text" required value={text} onChange={(e) => setText(e.target.value)} />
          </div>
          <button type="submit" disabled={record.fetching}>
            {t('improvement.learning.record')}
          </button>
          {record.status}
          <div className="field inline">
            <label htmlFor="project-next-status">{t('improvement.learning.status')}</label>
            <select id="project-next-status" value={next} onChange={(e) => setNext(e.target.value)}>
              {['active', 'completed', 'stopped']
                .filter((s) => s !== status)
                .map((s) => (
                  <option key={s} value={s}>
                    {t(`improvement.statuses.${s}`)}
                  </option>
                ))}
            </select>
            <button type="button" onClick={() => void end()} disabled={change.fetching}>
              {t('improvement.learning.changeStatus')}
            </button>
          </div>
          {change.status}
        </form>
      )}
    </section>
  );
}
