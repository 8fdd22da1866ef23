import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useQuery, useSubscription } from 'urql';
import { useDirectory } from '../graphql/directory';
import { formatDateTime } from '../i18n/i18n';
import { Empty, ErrorMessage, Loading } from '../layout/states';
import { useSession } from '../session/session';
import { graphql } from '../graphql/generated';
import type {
  HandoverDeliveredSubscription,
  HandoverDeliveredSubscriptionVariables,
} from '../graphql/generated/graphql';
import type { PackageSummary } from './handover-fields';
import { inboxOrder } from './inbox-order';
import { TimelinessBadge } from './timeliness-badge';

const INBOX = graphql(`
  query HandoverInbox {
    handoverInbox {
      ...PackageSummary
    }
  }
`);
const DELIVERED = graphql(`
  subscription HandoverDelivered($since: String) {
    handoverDelivered(since: $since) {
      ...PackageSummary
    }
  }
`);

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
  const items = inboxOrder(data?.handoverInbox ?? [], arrived);
  const fresh = new Set(arrived.map((a) => a.packageId));
  const latest = arrived[0];

  return (
    <section aria-labelledby="inbox-title">
      <h1 id="inbox-title">{t('inbox.title')}</h1>
      <p>{t('inbox.intro', { careLink: session.careLinkName })}</p>
      <p className="hint">{t('inbox.live')}</p>
      <p className="visually-hidden" aria-live="polite">
        {latest
          ? t('inbox.arrived', {
              patient: latest.patientId,
              from: directory.careLink(latest.sendingCareLinkId),
            })
          : ''}
      </p>
      {error && <ErrorMessage error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />}
      {fetching && !data && <Loading />}
      {data && items.length === 0 && <Empty>{t('inbox.empty')}</Empty>}
      {items.length > 0 && (
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
            {items.map((p) => (
              <tr key={p.packageId} className={p.acknowledgedAt ? 'acknowledged' : undefined}>
                <th scope="row">
                  <Link to={`/inbox/${encodeURIComponent(p.packageId)}`}>{p.patientId}</Link>
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
    </section>
  );
}
