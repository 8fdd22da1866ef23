import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { useMay } from '../coach/may';
import { formatDay, today } from '../coach/dates';
import { Empty, ErrorMessage, Loading } from '../layout/states';
import { IdeasRegister } from './ideas-register';
import { PROJECTS } from './operations';

/** The coach's overview: every project with its status and latest signal, the ideas, and celebrations. */
export default function ImprovementPage() {
  const { t, i18n } = useTranslation();
  const coach = useMay('improvementWork');
  const [{ data, error, fetching }, refetch] = useQuery({ query: PROJECTS, variables: { to: today() } });
  const latestSignal = (project: NonNullable<typeof data>['improvementProjects'][number]) => {
    const signals = project.measures.flatMap((m) =>
      (m.chart?.points ?? []).filter((p) => p.specialCause).map((p) => ({ ...p, measure: m.name })),
    );
    const last = signals.sort((a, b) => a.period.localeCompare(b.period)).at(-1);
    return last
      ? t('improvement.signal', {
          variation: t(`dashboard.signals.${last.variation.toLowerCase()}`),
          measure: last.measure,
          period: formatDay(last.period, i18n.language),
        })
      : t('improvement.noSignal');
  };
  return (
    <section aria-labelledby="improvement-title">
      <h1 id="improvement-title">{t('improvement.title')}</h1>
      <p>{t('improvement.intro')}</p>
      <h2>{t('improvement.projects')}</h2>
      {coach && (
        <p>
          <Link to="/improvement/new">{t('improvement.newProject')}</Link>
        </p>
      )}
      {error && <ErrorMessage error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />}
      {fetching && !data && <Loading />}
      {data &&
        (data.improvementProjects.length === 0 ? (
          <Empty>{t(coach ? 'improvement.noProjects' : 'improvement.noProjectsYet')}</Empty>
        ) : (
          <table className="list">
            <thead>
              <tr>
                <th scope="col">{t('improvement.project')}</th>
                <th scope="col">{t('improvement.status')}</th>
                <th scope="col">{t('improvement.aimStatus')}</th>
                <th scope="col">{t('improvement.latestSignal')}</th>
              </tr>
            </thead>
            <tbody>
              {data.improvementProjects.map((p) => (
                <tr key={p.projectId}>
                  <th scope="row">
                    <Link to={`/improvement/${p.projectId}`}>{p.title}</Link>
                  </th>
                  <td>{t(`improvement.statuses.${p.status}`, { defaultValue: p.status })}</td>
                  <td>
                    {t(`improvement.aimStatuses.${p.aimEvaluation.status}`, {
                      defaultValue: p.aimEvaluation.status,
                    })}
                    {p.celebration && ` · ${t('improvement.celebrated')}`}
                  </td>
                  <td>{latestSignal(p)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      <IdeasRegister onAdopted={() => refetch({ requestPolicy: 'network-only' })} />
      <h2>{t('improvement.celebrations')}</h2>
      {data &&
        (data.celebrations.length === 0 ? (
          <Empty>{t('improvement.noCelebrations')}</Empty>
        ) : (
          <ul className="celebrations">
            {data.celebrations.map((c) => (
              <li key={c.projectId}>
                <Link to={`/improvement/${c.projectId}`}>{c.title}</Link>: {c.aimStatement}
                {c.celebration?.note && ` (${c.celebration.note})`}
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
