import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useClient, useQuery, useSubscription, type CombinedError } from 'urql';
import { formatDateTime } from '../i18n/i18n';
import { CareLinkLabel } from '../layout/care-link-label';
import { NotificationSwitch } from '../layout/handover-notifications';
import { Empty, ErrorMessage, Loading } from '../layout/states';
import { PatientName } from '../patients/patient-name';
import { useSignedInUnit } from '../session/session';
import { graphql } from '../graphql/generated';
import type {
  HandoverDeliveredSubscription,
  HandoverDeliveredSubscriptionVariables,
  HandoverInboxFilter,
  HandoverInboxOrder,
} from '../graphql/generated/graphql';
import type { PackageSummary } from './handover-fields';
import { filterInbox, noFilter, type InboxFilter } from './inbox-filter';
import { inboxOrder } from './inbox-order';
import { TimelinessBadge } from './timeliness-badge';

const INBOX = graphql(`
  query HandoverInboxPage(
    $filter: HandoverInboxFilter
    $order: HandoverInboxOrder
    $first: Int
    $after: String
  ) {
    handoverInboxPage(filter: $filter, order: $order, first: $first, after: $after) {
      totalCount
      nextCursor
      packages {
        ...PackageSummary
      }
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
const orders: HandoverInboxOrder[] = ['NEWEST_DUE_FIRST', 'EARLIEST_DUE_FIRST'];

/** The filter as the gateway takes it; "due today" is today on the user's own clock. */
function serverFilter(filter: InboxFilter, now = new Date()): HandoverInboxFilter {
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const tomorrow = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  return {
    unacknowledged: filter.unacknowledged || null,
    late: filter.late || null,
    trigger: filter.trigger || null,
    ...(filter.dueToday ? { dueFrom: today.toISOString(), dueBefore: tomorrow.toISOString() } : {}),
  };
}

export function HandoverInboxPage() {
  const { t } = useTranslation();
  const unit = useSignedInUnit();
  const client = useClient();
  const [filter, setFilter] = useState<InboxFilter>(noFilter);
  const [order, setOrder] = useState<HandoverInboxOrder>('NEWEST_DUE_FIRST');
  const [grouped, setGrouped] = useState(false);
  const variables = useMemo(
    () => ({ filter: serverFilter(filter), order, first: PAGE_SIZE }),
    [filter, order],
  );
  const [{ data, error, fetching }, refetch] = useQuery({
    query: INBOX,
    variables,
    requestPolicy: 'cache-and-network',
  });
  // Pages after the first, fetched on "show more"; a new filter or order starts again from the top.
  const [more, setMore] = useState<{ packages: PackageSummary[]; nextCursor: string | null }>();
  const [moreState, setMoreState] = useState<{ loading: boolean; error?: CombinedError }>({ loading: false });
  useEffect(() => setMore(undefined), [variables]);
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
  const first = data?.handoverInboxPage;
  const queried = [...(first?.packages ?? []), ...(more?.packages ?? [])];
  const listed = new Set(queried.map((p) => p.packageId));
  // Arrivals since the page was read come first; once a query has them, the query's place wins.
  const fresh = filterInbox(arrived, filter).filter((p) => !listed.has(p.packageId));
  const items = [...fresh, ...queried];
  const total = (first?.totalCount ?? 0) + fresh.length;
  const nextCursor = more ? more.nextCursor : first?.nextCursor;
  const arrivedIds = new Set(arrived.map((a) => a.packageId));
  const choose = (next: Partial<InboxFilter>) => setFilter({ ...filter, ...next });
  const filtered = filter.unacknowledged || filter.late || filter.dueToday || filter.trigger !== '';
  const showMore = async () => {
    if (!nextCursor) return;
    setMoreState({ loading: true });
    const result = await client
      .query(INBOX, { ...variables, after: nextCursor }, { requestPolicy: 'network-only' })
      .toPromise();
    const page = result.data?.handoverInboxPage;
    if (page)
      setMore({ packages: [...(more?.packages ?? []), ...page.packages], nextCursor: page.nextCursor });
    setMoreState({ loading: false, error: result.error });
  };

  return (
    <section aria-labelledby="inbox-title">
      <h1 id="inbox-title">{t('inbox.title')}</h1>
      <p>{t('inbox.intro', { careLink: unit })}</p>
      <p className="hint">{t('inbox.live')}</p>
      <p>
        <Link to="/inbox/specifications">{t('specifications.link')}</Link>
      </p>
      <NotificationSwitch />
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
        <div>
          <label htmlFor="inbox-order">{t('inbox.order.label')}</label>
          <select
            id="inbox-order"
            value={order}
            onChange={(e) => setOrder(e.target.value as HandoverInboxOrder)}
          >
            {orders.map((o) => (
              <option key={o} value={o}>
                {t(`inbox.order.${o}`)}
              </option>
            ))}
          </select>
        </div>
        <label className="check">
          <input type="checkbox" checked={grouped} onChange={(e) => setGrouped(e.target.checked)} />
          {t('inbox.groupByPatient')}
        </label>
      </fieldset>
      {error && <ErrorMessage error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />}
      {fetching && !data && <Loading />}
      {first && total === 0 && <Empty>{t(filtered ? 'inbox.noneMatch' : 'inbox.empty')}</Empty>}
      {items.length > 0 && (
        <>
          <p role="status" className="hint">
            {t('inbox.showing', { shown: items.length, count: total })}
          </p>
          <InboxTable items={items} grouped={grouped} arrived={arrivedIds} />
        </>
      )}
      {moreState.error && <ErrorMessage error={moreState.error} retry={showMore} />}
      {nextCursor && (
        <button type="button" className="secondary" disabled={moreState.loading} onClick={showMore}>
          {moreState.loading ? t('inbox.loadingMore') : t('inbox.showMore')}
        </button>
      )}
      <SentHandovers />
    </section>
  );
}

/** Packages in the inbox's order, or under each patient in the order her first package comes. */
function InboxTable({
  items,
  grouped,
  arrived,
}: {
  items: readonly PackageSummary[];
  grouped: boolean;
  arrived: ReadonlySet<string>;
}) {
  const { t } = useTranslation();
  const groups = grouped ? byPatient(items) : [{ patientId: undefined, packages: items }];
  return (
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
      {groups.map((group) => (
        <tbody key={group.patientId ?? ''}>
          {group.patientId !== undefined && (
            <tr className="group">
              <th scope="rowgroup" colSpan={5}>
                <PatientName patientId={group.patientId} />{' '}
                {t('inbox.groupCount', { count: group.packages.length })}
              </th>
            </tr>
          )}
          {group.packages.map((p) => (
            <InboxRow key={p.packageId} item={p} fresh={arrived.has(p.packageId)} />
          ))}
        </tbody>
      ))}
    </table>
  );
}

function byPatient(items: readonly PackageSummary[]) {
  const groups = new Map<string | null, PackageSummary[]>();
  for (const item of items)
    groups.set(item.patientId ?? null, [...(groups.get(item.patientId ?? null) ?? []), item]);
  return [...groups].map(([patientId, packages]) => ({ patientId, packages }));
}

function InboxRow({ item: p, fresh }: { item: PackageSummary; fresh: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <tr className={p.acknowledgedAt ? 'acknowledged' : undefined}>
      <th scope="row">
        <Link to={`/inbox/${encodeURIComponent(p.packageId)}`}>
          <PatientName patientId={p.patientId} />
        </Link>
        {fresh && !p.acknowledgedAt && <span className="badge new">{t('inbox.newBadge')}</span>}
      </th>
      <td>
        <CareLinkLabel id={p.sendingCareLinkId} />
      </td>
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
  );
}

/** The sender's side: what this unit sent, to whom, and whether it was acknowledged. */
function SentHandovers() {
  const { t, i18n } = useTranslation();
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
                <td>
                  <CareLinkLabel id={p.receivingCareLinkId} />
                </td>
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
