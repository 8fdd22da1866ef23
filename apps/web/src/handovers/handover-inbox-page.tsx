import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useQuery, useSubscription } from 'urql';
import { useDirectory } from '../graphql/directory';
import { formatDateTime } from '../i18n/i18n';
import { Pager } from '../layout/pager';
import { Empty, ErrorMessage, Loading } from '../layout/states';
import { PatientName } from '../patients/patient-name';
import { useSession } from '../session/session';
import { graphql } from '../graphql/generated';
import type {
  HandoverDeliveredSubscription,
  HandoverDeliveredSubscriptionVariables,
} from '../graphql/generated/graphql';
import type { PackageSummary } from './handover-fields';
import { filterInbox, noFilter, type InboxFilter } from './inbox-filter';
import { inboxOrder } from './inbox-order';
import { TimelinessBadge } from './timeliness-badge';

const INBOX = graphql(`
  query HandoverInbox {
    handoverInbox {
      ...PackageSummary
    }
  }
`);
const SENT = graphql(`
  query SentHandovers {
    sentHandovers {
      ...PackageSummary
    }
  }
`);
export const DELIVERED = graphql(`
  subscription HandoverDelivered($since: String) {
    handoverDelivered(since: $since) {
      ...PackageSummary
    }
  }
`);

const PAGE_SIZE = 25;
const triggers = ['admission', 'transfer', 'medically-ready', 'discharge', 'medication-change'];

export function HandoverInboxPage() {
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  const directory = useDirectory();
  const [{ data, error, fetching }, refetch] = useQuery({
    query: INBOX,
    requestPolicy: 'cache-and-network',
  });
  // After a lost connection the subscription is made again from the page's opening, so nothing
  // delivered meanwhile is missed; repeats are dropped here.
  const [since] = useState(() => new Date().toISOString());
  const [{ data: arrived = [] }] = useSubscription<
    HandoverDeliveredSubscription,
    PackageSummary[],
    HandoverDeliveredSubscriptionVariables
  >({ query: DELIVERED, variables: { since } }, (previous = [], next) =>
    previous.some((p) => p.packageId === next.handoverDelivered.packageId)
      ? previous
      : [next.handoverDelivered, ...previous],
  );
  const [filter, setFilter] = useState<InboxFilter>(noFilter);
  const [page, setPage] = useState(1);
  const all = inboxOrder(data?.handoverInbox ?? [], arrived);
  const items = filterInbox(all, filter);
  const shown = items.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const pages = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
  const fresh = new Set(arrived.map((a) => a.packageId));
  const choose = (next: Partial<InboxFilter>) => {
    setFilter({ ...filter, ...next });
    setPage(1);
  };

  return (
    <section aria-labelledby="inbox-title">
      <h1 id="inbox-title">{t('inbox.title')}</h1>
      <p>{t('inbox.intro', { careLink: session.careLinkName })}</p>
      <p className="hint">{t('inbox.live')}</p>
      <fieldset className="filters">
        <legend>{t('inbox.filters')}</legend>
        {(['unacknowledged', 'late', 'dueToday'] as const).map((key) => (
          <label key={key} className="check">
            <input
              type="checkbox"
              checked={filter[key]}
              onChange={(e) => choose({ [key]: e.target.checked })}
            />
            {t(`inbox.filter.${key}`)}
          </label>
        ))}
        <div>
          <label htmlFor="inbox-trigger">{t('inbox.trigger')}</label>
          <select
            id="inbox-trigger"
            value={filter.trigger}
            onChange={(e) => choose({ trigger: e.target.value })}
          >
            <option value="">{t('inbox.filter.anyTrigger')}</option>
            {triggers.map((trigger) => (
              <option key={trigger} value={trigger}>
                {t(`triggers.${trigger}`)}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
      {error && <ErrorMessage error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />}
      {fetching && !data && <Loading />}
      {data && all.length === 0 && <Empty>{t('inbox.empty')}</Empty>}
      {data && all.length > 0 && items.length === 0 && <Empty>{t('inbox.noneMatch')}</Empty>}
      {shown.length > 0 && (
        <table className="inbox">
          <caption className="visually-hidden">{t('inbox.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('inbox.patient')}</th>
              <th scope="col">{t('inbox.from')}</th>
              <th scope="col">{t('inbox.trigger')}</th>
              <th scope="col">{t('inbox.due')}</th>
              <th scope="col">{t('inbox.status')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((p) => (
              <tr key={p.packageId} className={p.acknowledgedAt ? 'acknowledged' : undefined}>
                <th scope="row">
                  <Link to={`/inbox/${encodeURIComponent(p.packageId)}`}>
                    <PatientName patientId={p.patientId} />
                  </Link>
                  {fresh.has(p.packageId) && !p.acknowledgedAt && (
                    <span className="badge new">{t('inbox.newBadge')}</span>
                  )}
                </th>
                <td>{directory.careLink(p.sendingCareLinkId)}</td>
                <td>{t(`triggers.${p.trigger}`, { defaultValue: p.trigger })}</td>
                <td>{formatDateTime(p.dueAt, i18n.language)}</td>
                <td>
                  {p.acknowledgedAt ? (
                    t('inbox.acknowledged', { at: formatDateTime(p.acknowledgedAt, i18n.language) })
                  ) : (
                    <TimelinessBadge timeliness={p.timeliness} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager page={Math.min(page, pages)} pages={pages} onPage={setPage} label={t('inbox.paging')} />
      <SentHandovers />
    </section>
  );
}

/** The sender's side: what this unit sent, to whom, and whether it was acknowledged. */
function SentHandovers() {
  const { t, i18n } = useTranslation();
  const directory = useDirectory();
  const [{ data, error }, refetch] = useQuery({ query: SENT, requestPolicy: 'cache-and-network' });
  const sent = inboxOrder(data?.sentHandovers ?? []);
  return (
    <section aria-labelledby="sent-title">
      <h2 id="sent-title">{t('inbox.sent.title')}</h2>
      {error && <ErrorMessage error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />}
      {data && sent.length === 0 && <Empty>{t('inbox.sent.empty')}</Empty>}
      {sent.length > 0 && (
        <table className="inbox">
          <caption className="visually-hidden">{t('inbox.sent.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('inbox.patient')}</th>
              <th scope="col">{t('inbox.sent.to')}</th>
              <th scope="col">{t('inbox.trigger')}</th>
              <th scope="col">{t('inbox.due')}</th>
              <th scope="col">{t('inbox.status')}</th>
            </tr>
          </thead>
          <tbody>
            {sent.map((p) => (
              <tr key={p.packageId}>
                <th scope="row">
                  {p.patientId ? (
                    <Link to={`/patients/${encodeURIComponent(p.patientId)}`}>
                      <PatientName patientId={p.patientId} />
                    </Link>
                  ) : (
                    <PatientName patientId={null} />
                  )}
                </th>
                <td>{directory.careLink(p.receivingCareLinkId)}</td>
                <td>{t(`triggers.${p.trigger}`, { defaultValue: p.trigger })}</td>
                <td>{formatDateTime(p.dueAt, i18n.language)}</td>
                <td>
                  {p.acknowledgedAt ? (
                    t('inbox.sent.acknowledged', {
                      at: formatDateTime(p.acknowledgedAt, i18n.language),
                      by: p.acknowledgedBy ?? '',
                    })
                  ) : (
                    <>
                      {t('inbox.notAcknowledged')} <TimelinessBadge timeliness={p.timeliness} />
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
