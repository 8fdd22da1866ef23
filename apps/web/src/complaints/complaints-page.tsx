import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useMay } from '../coach/may';
import { Empty, ErrorMessage, Loading } from '../layout/states';
import { ComplaintCard } from './complaint-card';
import { COMPLAINTS, TO_ANSWER } from './operations';
import { RecordComplaint } from './record-complaint';

/** The complaints line's queue, and for a unit the complaints it is to answer. */
export default function ComplaintsPage() {
  const { t } = useTranslation();
  const line = useMay('complaintsLine');
  const staff = useMay('unitStaff');
  const [open, setOpen] = useState(true);
  const [queue, refetchQueue] = useQuery({ query: COMPLAINTS, variables: { open }, pause: staff && !line });
  const [toAnswer, refetchToAnswer] = useQuery({ query: TO_ANSWER, pause: !staff });
  const reload = () => {
    refetchQueue({ requestPolicy: 'network-only' });
    if (staff) refetchToAnswer({ requestPolicy: 'network-only' });
  };
  const list = staff && !line ? toAnswer : queue;
  const complaints = staff && !line ? toAnswer.data?.complaintsToAnswer : queue.data?.complaints;
  return (
    <section aria-labelledby="complaints-title">
      <h1 id="complaints-title">{t('complaints.title')}</h1>
      <p>{t('complaints.intro')}</p>
      <p className="hint">{t('complaints.closingRule')}</p>
      {line && <RecordComplaint onSaved={reload} />}
      <h2>{staff && !line ? t('complaints.toAnswer') : t('complaints.queue')}</h2>
      {!(staff && !line) && (
        <div className="field inline">
          <label htmlFor="complaints-open">{t('complaints.show')}</label>
          <select
            id="complaints-open"
            value={String(open)}
            onChange={(e) => setOpen(e.target.value === 'true')}
          >
            <option value="true">{t('complaints.open')}</option>
            <option value="false">{t('complaints.closed')}</option>
          </select>
        </div>
      )}
      {list.error && <ErrorMessage error={list.error} retry={reload} />}
      {list.fetching && !complaints && <Loading />}
      {complaints &&
        (complaints.length === 0 ? (
          <Empty>{t('complaints.empty')}</Empty>
        ) : (
          <ul className="cards">
            {complaints.map((c) => (
              <ComplaintCard key={c.complaintId} complaint={c} onSaved={reload} />
            ))}
          </ul>
        ))}
    </section>
  );
}
