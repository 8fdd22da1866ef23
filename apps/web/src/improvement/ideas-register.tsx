import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { useMay } from '../coach/may';
import { useSave } from '../coach/save';
import { useDirectory } from '../graphql/directory';
import { formatDateTime } from '../i18n/i18n';
import { Empty, ErrorMessage, Loading } from '../layout/states';
import { IDEAS, PARK_IDEA, SUBMIT_IDEA } from './operations';

const submitterKinds = ['staff', 'coach', 'patient-representative', 'patient', 'relative'];
const statuses = ['', 'new', 'adopted', 'parked'];

/** Anyone records an idea; coaches triage them: adopt as a project, or park with a reason. */
export function IdeasRegister({ onAdopted }: { onAdopted(): void }) {
  const { t, i18n } = useTranslation();
  const coach = useMay('improvementWork');
  const directory = useDirectory();
  const [status, setStatus] = useState('');
  const [{ data, error, fetching }, refetch] = useQuery({
    query: IDEAS,
    variables: { status: status || null },
  });
  const [idea, setIdea] = useState({ title: '', description: '', submitterKind: 'staff' });
  const submit = useSave(SUBMIT_IDEA);
  const reload = () => {
    refetch({ requestPolicy: 'network-only' });
    onAdopted();
  };
  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (await submit.run({ input: idea })) {
      setIdea({ title: '', description: '', submitterKind: idea.submitterKind });
      reload();
    }
  };
  return (
    <section aria-labelledby="ideas-title">
      <h2 id="ideas-title">{t('improvement.ideas.title')}</h2>
      <form className="card" onSubmit={send} aria-labelledby="idea-form-title">
        <h3 id="idea-form-title">{t('improvement.ideas.submit')}</h3>
        <div className="field">
          <label htmlFor="idea-title">{t('improvement.ideas.ideaTitle')}</label>
          <input
            id="idea-title"
            required
            value={idea.title}
            onChange={(e) => setIdea({ ...idea, title: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="idea-description">{t('improvement.ideas.description')}</label>
          <textarea
            id="idea-description"
            required
            value={idea.description}
            onChange={(e) => setIdea({ ...idea, description: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="idea-submitter">{t('improvement.ideas.submitterKind')}</label>
          <select
            id="idea-submitter"
            value={idea.submitterKind}
            onChange={(e) => setIdea({ ...idea, submitterKind: e.target.value })}
          >
            {submitterKinds.map((k) => (
              <option key={k} value={k}>
                {t(`improvement.submitterKinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={submit.fetching}>
          {t('improvement.ideas.send')}
        </button>
        {submit.status}
      </form>
      <div className="field inline">
        <label htmlFor="idea-status">{t('improvement.ideas.show')}</label>
        <select id="idea-status" value={status} onChange={(e) => setStatus(e.target.value)}>
          {statuses.map((s) => (
            <option key={s} value={s}>
              {t(`improvement.ideas.statuses.${s || 'all'}`)}
            </option>
          ))}
        </select>
      </div>
      {error && <ErrorMessage error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />}
      {fetching && !data && <Loading />}
      {data &&
        (data.improvementIdeas.length === 0 ? (
          <Empty>{t('improvement.ideas.empty')}</Empty>
        ) : (
          <ul className="cards">
            {data.improvementIdeas.map((i) => (
              <li key={i.ideaId} className="card">
                <h3>{i.title}</h3>
                <p>{i.description}</p>
                <p className="meta">
                  {t('improvement.ideas.by', {
                    who: i.submittedBy,
                    kind: t(`improvement.submitterKinds.${i.submitterKind}`, {
                      defaultValue: i.submitterKind,
                    }),
                    careLink: directory.careLink(i.submittedFromLink),
                    at: formatDateTime(i.submittedAt, i18n.language),
                  })}
                </p>
                <p>
                  <strong>{t(`improvement.ideas.status.${i.status}`, { defaultValue: i.status })}</strong>
                  {i.parkedReason && `: ${i.parkedReason}`}
                  {i.projectId && (
                    <>
                      {' '}
                      <Link to={`/improvement/${i.projectId}`}>{t('improvement.ideas.toProject')}</Link>
                    </>
                  )}
                </p>
                {coach && i.status === 'new' && <Triage ideaId={i.ideaId} title={i.title} onDone={reload} />}
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}

function Triage({ ideaId, title, onDone }: { ideaId: string; title: string; onDone(): void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const park = useSave(PARK_IDEA);
  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (await park.run({ ideaId, reason })) onDone();
  };
  return (
    <div className="triage">
      <Link className="button" to={`/improvement/new?idea=${encodeURIComponent(ideaId)}`}>
        {t('improvement.ideas.adopt', { title })}
      </Link>
      <form onSubmit={send} className="inline-form">
        <label htmlFor={`park-${ideaId}`}>{t('improvement.ideas.parkReason', { title })}</label>
        <input id={`park-${ideaId}`} required value={reason} onChange={(e) => setReason(e.target.value)} />
        <button type="submit" disabled={park.fetching}>
          {t('improvement.ideas.park')}
        </button>
      </form>
      {park.status}
    </div>
  );
}
