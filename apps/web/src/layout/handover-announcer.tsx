import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery, useSubscription } from 'urql';
import { useDirectory } from '../graphql/directory';
import { graphql } from '../graphql/generated';
import type {
  HandoverDeliveredSubscription,
  HandoverDeliveredSubscriptionVariables,
} from '../graphql/generated/graphql';
import { DELIVERED } from '../handovers/handover-inbox-page';
import { formatDateTime } from '../i18n/i18n';
import { notifyHandover } from './handover-notifications';
import { patientLabel } from '../patients/patient-name';

// The hundred most urgent unacknowledged: the ones due first are the ones near or past their deadline.
const DUE = graphql(`
  query HandoversDue {
    handoverInboxPage(filter: { unacknowledged: true }, order: EARLIEST_DUE_FIRST, first: 100) {
      packages {
        packageId
        patientId
        dueAt
        timeliness
      }
    }
  }
`);

const RECHECK_MS = 60_000;
const KEPT = 50;

/**
 * Says aloud, on whatever page the person is, when a handover arrives for the unit and when one
 * nears or passes its deadline unacknowledged; each at most once per sign-in.
 */
export function HandoverAnnouncer() {
  const { t, i18n } = useTranslation();
  const directory = useDirectory();
  const [since] = useState(() => new Date().toISOString());
  // Kept as a list: several packages arriving between two renders are each told.
  const [{ data: delivered = [] }] = useSubscription<
    HandoverDeliveredSubscription,
    HandoverDeliveredSubscription['handoverDelivered'][],
    HandoverDeliveredSubscriptionVariables
  >({ query: DELIVERED, variables: { since } }, (previous = [], next) =>
    [...previous, next.handoverDelivered].slice(-KEPT),
  );
  const [{ data: due }, refetch] = useQuery({ query: DUE, requestPolicy: 'cache-and-network' });
  const [message, setMessage] = useState('');
  const told = useRef(new Set<string>());

  useEffect(() => {
    const timer = setInterval(() => refetch({ requestPolicy: 'network-only' }), RECHECK_MS);
    return () => clearInterval(timer);
  }, [refetch]);

  useEffect(() => {
    const fresh = delivered.filter((p) => !told.current.has(`new:${p.packageId}`));
    if (fresh.length === 0) return;
    const texts = fresh.map((p) => {
      told.current.add(`new:${p.packageId}`);
      const text = t('inbox.arrived', {
        patient: patientLabel(p.patientId),
        from: directory.careLinkText(p.sendingCareLinkId, t('careLinks.unknown')),
      });
      notifyHandover(t('notifications.title'), text, p.packageId);
      return text;
    });
    setMessage([...new Set(texts)].join(' '));
  }, [delivered, directory, t]);

  useEffect(() => {
    const urgent = (due?.handoverInboxPage.packages ?? []).filter(
      (p) => p.timeliness !== 'on-time' && !told.current.has(`${p.timeliness}:${p.packageId}`),
    );
    if (urgent.length === 0) return;
    for (const p of urgent) told.current.add(`${p.timeliness}:${p.packageId}`);
    setMessage(
      urgent
        .map((p) =>
          t(p.timeliness === 'breached' ? 'inbox.announceLate' : 'inbox.announceSoon', {
            patient: patientLabel(p.patientId),
            at: formatDateTime(p.dueAt, i18n.language),
          }),
        )
        .join(' '),
    );
  }, [due, i18n.language, t]);

  return (
    <p className="visually-hidden" aria-live="polite" data-testid="announcements">
      {message}
    </p>
  );
}
