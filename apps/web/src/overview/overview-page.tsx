import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { useDirectory } from '../graphql/directory';
import { graphql } from '../graphql/generated';
import { TimelinessBadge } from '../handovers/timeliness-badge';
import { formatDateTime } from '../i18n/i18n';
import { Pager } from '../layout/pager';
import { Empty, ErrorMessage, Loading } from '../layout/states';
import { IdentityShown, PatientName, useSeesIdentities } from '../patients/patient-name';
import { useSignedInUnit } from '../session/session';
import { filterRows, pageOf, patientRows, sortRows, type Show, type SortBy } from './coordination-rows';

/** What a row says of each handover, received or sent. */
export const OVERVIEW_HANDOVER = graphql(`
  fragment OverviewHandover on HandoverPackage {
    packageId
    patientId
    sendingCareLinkId
    receivingCareLinkId
    trigger
    dueAt
    acknowledgedAt
    timeliness
  }
`);

const OVERVIEW = graphql(`
  query CoordinationOverview {
    patientsWaiting {
      patientId
      stayId
      wardCareLinkId
      receivingCareLinkId
      readySince
      daysSoFar
      cause
    }
    handoverInboxPage(first: 200) {
      packages {
        ...OverviewHandover
      }
    }
    sentHandovers {
      ...OverviewHandover
    }
  }
`);

const FIND_PATIENTS = graphql(`
  query FindPatients($query: String!) {
    findPatients(query: $query) {
      ...IdentityShown
    }
  }
`);

const PAGE_SIZE = 20;
// The register is asked once typing pauses, and only for what it can search: two letters or digits.
const SEARCH_PAUSE_MS = 300;
const searchable = (text: string) => /[\p{L}\d].*[\p{L}\d]/u.test(text);

function useSettled(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

const shows: Show[] = ['all', 'waiting', 'unacknowledged', 'late'];
const sorts: SortBy[] = ['daysWaiting', 'nextDeadline', 'readySince', 'patient'];

/** The unit's coordination at a glance: who waits, since when and why, and which handovers are due. */
export function OverviewPage() {
  const { t, i18n } = useTranslation();
  const unit = useSignedInUnit();
  const directory = useDirectory();
  const [{ data, error, fetching }, refetch] = useQuery({
    query: OVERVIEW,
    requestPolicy: 'cache-and-network',
  });
  const [show, setShow] = useState<Show>('all');
  const [sortBy, setSortBy] = useState<SortBy>('daysWaiting');
  const [text, setText] = useState('');
  const [page, setPage] = useState(1);
  const query = useSettled(text.trim(), SEARCH_PAUSE_MS);
  const seesIdentities = useSeesIdentities();
  const [found] = useQuery({
    query: FIND_PATIENTS,
    variables: { query },
    pause: !seesIdentities || !searchable(query),
  });
  const foundPatients = (searchable(query) && found.data?.findPatients) || [];
  const rows = data
    ? patientRows(
        data.patientsWaiting,
        aboutSomeone(data.handoverInboxPage.packages),
        aboutSomeone(data.sentHandovers),
      )
    : [];
  const shown = sortRows(
    filterRows(rows, show, text, directory.careLink, new Set(foundPatients.map((p) => p.patientId))),
    sortBy,
  );
  const { items, pages } = pageOf(shown, page, PAGE_SIZE);
  const when = (v: string) => formatDateTime(v, i18n.language);

  return (
    <section aria-labelledby="overview-title">
      <h1 id="overview-title">{t('overview.title')}</h1>
      <p>{t('overview.intro', { careLink: unit })}</p>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t('overview.filters')}>
        <div>
          <label htmlFor="overview-search">{t('overview.search')}</label>
          <input
            id="overview-search"
            type="search"
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setPage(1);
            }}
          />
        </div>
        <div>
          <label htmlFor="overview-show">{t('overview.show')}</label>
          <select
            id="overview-show"
            value={show}
            onChange={(e) => {
              setShow(e.target.value as Show);
              setPage(1);
            }}
          >
            {shows.map((s) => (
              <option key={s} value={s}>
                {t(`overview.shows.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="overview-sort">{t('overview.sort')}</label>
          <select id="overview-sort" value={sortBy} onChange={(e) => setSortBy(e.target.value as SortBy)}>
            {sorts.map((s) => (
              <option key={s} value={s}>
                {t(`overview.sorts.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </form>
      {foundPatients.length > 0 && (
        <section aria-labelledby="found-title" className="found-patients">
          <h2 id="found-title">{t('overview.found', { count: foundPatients.length })}</h2>
          <ul className="plain">
            {foundPatients.map((p) => (
              <li key={p.patientId}>
                <Link to={`/patients/${encodeURIComponent(p.patientId)}`}>
                  <IdentityShown {...p} />
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {found.error && <ErrorMessage error={found.error} />}
      {error && <ErrorMessage error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />}
      {fetching && !data && <Loading />}
      {data && shown.length === 0 && (
        <Empty>{t(rows.length ? 'overview.noneMatch' : 'overview.empty')}</Empty>
      )}
      {items.length > 0 && (
        <table className="overview">
          <caption>{t('overview.count', { count: shown.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('overview.patient')}</th>
              <th scope="col">{t('overview.status')}</th>
              <th scope="col">{t('overview.readySince')}</th>
              <th scope="col" className="number">
                {t('overview.daysWaiting')}
              </th>
              <th scope="col">{t('overview.cause')}</th>
              <th scope="col">{t('overview.nextDeadline')}</th>
              <th scope="col">{t('overview.handovers')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((row) => (
              <tr key={row.patientId}>
                <th scope="row">
                  <Link to={`/patients/${encodeURIComponent(row.patientId)}`}>
                    <PatientName patientId={row.patientId} />
                  </Link>
                </th>
                <td>
                  {row.waiting
                    ? t('overview.waitingAt', {
                        ward: directory.careLink(row.waiting.wardCareLinkId),
                        to: row.waiting.receivingCareLinkId
                          ? directory.careLink(row.waiting.receivingCareLinkId)
                          : t('dashboard.unknownReceiver'),
                      })
                    : t('overview.handoverOnly')}
                </td>
                <td>{row.waiting ? when(row.waiting.readySince) : '–'}</td>
                <td className="number">{row.waiting?.daysSoFar ?? '–'}</td>
                <td>
                  {row.waiting ? t(`causes.${row.waiting.cause}`, { defaultValue: row.waiting.cause }) : '–'}
                </td>
                <td>
                  {row.nextDeadline ? (
                    <>
                      {when(row.nextDeadline.dueAt)}{' '}
                      <TimelinessBadge timeliness={row.nextDeadline.timeliness} />
                    </>
                  ) : (
                    '–'
                  )}
                </td>
                <td>
                  <ul className="plain">
                    {row.received.map((h) => (
                      <li key={h.packageId}>
                        <Link to={`/inbox/${encodeURIComponent(h.packageId)}`}>
                          {t('overview.receivedFrom', {
                            trigger: t(`triggers.${h.trigger}`, { defaultValue: h.trigger }),
                            from: directory.careLink(h.sendingCareLinkId),
                          })}
                        </Link>{' '}
                        {h.acknowledgedAt ? t('overview.acknowledged') : t('overview.notAcknowledged')}
                      </li>
                    ))}
                    {row.sent.map((h) => (
                      <li key={h.packageId}>
                        {t('overview.sentTo', {
                          trigger: t(`triggers.${h.trigger}`, { defaultValue: h.trigger }),
                          to: directory.careLink(h.receivingCareLinkId),
                        })}{' '}
                        {h.acknowledgedAt ? t('overview.acknowledged') : t('overview.notAcknowledged')}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager page={Math.min(page, pages)} pages={pages} onPage={setPage} label={t('overview.paging')} />
    </section>
  );
}

// Only staff open the overview, and they see whom a handover is about; a withheld patient has no row.
const aboutSomeone = <H extends { patientId: string | null }>(handovers: H[]) =>
  handovers.filter((h): h is H & { patientId: string } => h.patientId !== null);
