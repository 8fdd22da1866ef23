import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { formatDay, today } from '../coach/dates';
import { useSave } from '../coach/save';
import { useDirectory } from '../graphql/directory';
import { ProjectSelect } from '../improvement/project-select';
import { Empty, ErrorMessage, Loading } from '../layout/states';
import { BREAKDOWN_FEEDBACK, BREAKDOWNS, LINK_BREAKDOWN } from './operations';

const yearAgo = () => `${Number(today().slice(0, 4)) - 1}${today().slice(4)}`;

/** The coach's view: reports per pair of care links and month, each report to link and feed back on. */
export function BreakdownReview() {
  const { t, i18n } = useTranslation();
  const directory = useDirectory();
  const [period, setPeriod] = useState({ from: yearAgo(), to: today() });
  const [{ data, error, fetching }, refetch] = useQuery({ query: BREAKDOWNS, variables: period });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const pair = (ids: string[]) => ids.map(directory.careLink).join(' – ');
  const months = [...new Set(data?.cooperationBreakdownTrends.flatMap((p) => p.series.map((s) => s.period)))]
    .sort()
    .filter((m) =>
      data?.cooperationBreakdownTrends.some((p) => p.series.some((s) => s.period === m && s.value)),
    );
  return (
    <>
      <h2 id="trends-title">{t('breakdowns.trends')}</h2>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t('breakdowns.period')}>
        <div>
          <label htmlFor="breakdowns-from">{t('dashboard.from')}</label>
          <input
            id="breakdowns-from"
            type="date"
            value={period.from}
            onChange={(e) => e.target.value && setPeriod({ ...period, from: e.target.value })}
          />
        </div>
        <div>
          <label htmlFor="breakdowns-to">{t('dashboard.to')}</label>
          <input
            id="breakdowns-to"
            type="date"
            value={period.to}
            onChange={(e) => e.target.value && setPeriod({ ...period, to: e.target.value })}
          />
        </div>
      </form>
      {error && <ErrorMessage error={error} retry={reload} />}
      {fetching && !data && <Loading />}
      {data &&
        (data.cooperationBreakdownTrends.length === 0 ? (
          <Empty>{t('breakdowns.noTrends')}</Empty>
        ) : (
          <div className="table-scroll">
            <table aria-labelledby="trends-title">
              <thead>
                <tr>
                  <th scope="col">{t('breakdowns.pair')}</th>
                  <th scope="col" className="number">
                    {t('breakdowns.total')}
                  </th>
                  {months.map((m) => (
                    <th scope="col" className="number" key={m}>
                      {m.slice(0, 7)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.cooperationBreakdownTrends.map((p) => (
                  <tr key={p.careLinkIds.join()}>
                    <th scope="row">{pair(p.careLinkIds)}</th>
                    <td className="number">{p.total}</td>
                    {months.map((m) => (
                      <td className="number" key={m}>
                        {p.series.find((s) => s.period === m)?.value ?? 0}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      <h2>{t('breakdowns.reports')}</h2>
      {data &&
        (data.cooperationBreakdowns.length === 0 ? (
          <Empty>{t('breakdowns.noReports')}</Empty>
        ) : (
          <ul className="cards">
            {data.cooperationBreakdowns.map((r) => (
              <li key={r.reportId} className="card">
                <h3>{pair(r.careLinkIds)}</h3>
                <p className="meta">
                  {t('breakdowns.reportedBy', {
                    day: formatDay(r.occurredOn, i18n.language),
                    careLink: directory.careLink(r.reportingCareLinkId),
                  })}
                </p>
                <p>{r.whatHappened}</p>
                {r.consequence && <p>{t('breakdowns.consequenceWas', { consequence: r.consequence })}</p>}
                <FollowUp report={r} projects={data.improvementProjects} onSaved={reload} />
              </li>
            ))}
          </ul>
        ))}
    </>
  );
}

function FollowUp({
  report,
  projects,
  onSaved,
}: {
  report: { reportId: string; feedback?: string | null; projectId?: string | null };
  projects: { projectId: string; title: string }[];
  onSaved(): void;
}) {
  const { t } = useTranslation();
  const [projectId, setProjectId] = useState(report.projectId ?? '');
  const [feedback, setFeedback] = useState('');
  const link = useSave(LINK_BREAKDOWN);
  const give = useSave(BREAKDOWN_FEEDBACK);
  const id = (name: string) => `${report.reportId}-${name}`;
  const linkIt = async (event: FormEvent) => {
    event.preventDefault();
    if (await link.run({ reportId: report.reportId, projectId })) onSaved();
  };
  const feedBack = async (event: FormEvent) => {
    event.preventDefault();
    if (await give.run({ reportId: report.reportId, feedback })) onSaved();
  };
  return (
    <>
      <form className="inline-form" onSubmit={linkIt}>
        <ProjectSelect
          id={id('project')}
          label={t('breakdowns.linkTo')}
          none={t('breakdowns.chooseProject')}
          projects={projects}
          value={projectId}
          onChange={setProjectId}
          required
        />
        <button type="submit" disabled={link.fetching || projects.length === 0}>
          {t('breakdowns.link')}
        </button>
        {link.status}
      </form>
      {report.feedback ? (
        <p>
          <strong>{t('breakdowns.feedback')}:</strong> {report.feedback}
        </p>
      ) : (
        <form className="inline-form" onSubmit={feedBack}>
          <label htmlFor={id('feedback')}>{t('breakdowns.giveFeedback')}</label>
          <input
            id={id('feedback')}
            required
            value={feedback}
            onChange={(e) => setFeedback(e.target.value)}
          />
          <button type="submit" disabled={give.fetching}>
            {t('breakdowns.sendFeedback')}
          </button>
          {give.status}
        </form>
      )}
    </>
  );
}
