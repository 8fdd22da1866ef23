import { marked } from 'marked';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../graphql/generated';
import { formatDateTime } from '../i18n/i18n';
import { Empty, ErrorMessage, Loading } from '../layout/states';
import { EhrConnectionSettings } from './connection-settings';
// The contract document of this very build (npm run docs:events renders it from libs/contracts).
import contract from '../../../../docs/events.md?raw';

const CONNECTIONS = graphql(`
  query EhrConnections {
    ehrConnections {
      connectionId
      baseUrl
      state
      lastSyncedAt
      lagSeconds
      resourcesRead
      eventsAppended
      unmappable
      failedSyncs
      lastError
    }
  }
`);
const REFRESH_MS = 15_000;

/** The FHIR adapter's connections as the gateway relays them, asked again every 15 s. */
function EhrConnections() {
  const { t, i18n } = useTranslation();
  const [{ data, error, fetching }, refetch] = useQuery({
    query: CONNECTIONS,
    requestPolicy: 'network-only',
  });
  useEffect(() => {
    const timer = setInterval(() => refetch({ requestPolicy: 'network-only' }), REFRESH_MS);
    return () => clearInterval(timer);
  }, [refetch]);
  if (error) return <ErrorMessage error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <Loading />;
  if (!data?.ehrConnections.length) return <Empty>{t('integrators.noConnections')}</Empty>;
  return (
    <table className="ehr-connections">
      <thead>
        <tr>
          <th scope="col">{t('integrators.connection')}</th>
          <th scope="col">{t('integrators.state')}</th>
          <th scope="col">{t('integrators.lastSynced')}</th>
          <th scope="col">{t('integrators.counts')}</th>
          <th scope="col">{t('integrators.lastError')}</th>
        </tr>
      </thead>
      <tbody>
        {data.ehrConnections.map((c) => (
          <tr key={c.connectionId} className={c.failedSyncs && c.lastError ? 'failing' : undefined}>
            <th scope="row" title={c.baseUrl}>
              {c.connectionId}
            </th>
            <td>{t(`integrators.states.${c.state}`)}</td>
            <td>{c.lastSyncedAt ? formatDateTime(c.lastSyncedAt, i18n.language) : '–'}</td>
            <td>
              {t('integrators.countsValue', {
                resourcesRead: c.resourcesRead,
                eventsAppended: c.eventsAppended,
                unmappable: c.unmappable,
                failedSyncs: c.failedSyncs,
              })}
            </td>
            <td>{c.lastError ?? '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default function IntegratorsPage() {
  const { t } = useTranslation();
  // The repository's own document, not user input: rendering its HTML is safe. Its headings sit
  // below this page's own.
  const html = useMemo(
    () =>
      marked
        .parse(contract, { async: false })
        .replace(
          /<(\/?)h([1-6])/g,
          (_, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + 2)}`,
        )
        // Wide schemas scroll sideways: keyboard users reach them to scroll too.
        .replace(/<pre>/g, '<pre tabindex="0">'),
    [],
  );
  return (
    <section aria-labelledby="integrators-title">
      <h1 id="integrators-title">{t('integrators.title')}</h1>
      <h2>{t('integrators.ehrStatus')}</h2>
      <EhrConnections />
      <p className="hint">{t('integrators.ehrStatusNote')}</p>
      <h2>{t('integrators.settings.title')}</h2>
      <EhrConnectionSettings />
      <h2>{t('integrators.contract')}</h2>
      <article className="contract" lang="en" dangerouslySetInnerHTML={{ __html: html }} />
    </section>
  );
}
