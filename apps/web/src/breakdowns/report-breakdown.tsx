import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { CareLinkSelect } from '../coach/care-link-select';
import { formatDay, today } from '../coach/dates';
import { useSave } from '../coach/save';
import { useDirectory } from '../graphql/directory';
import { Empty, ErrorMessage } from '../layout/states';
import { MY_BREAKDOWNS, REPORT_BREAKDOWN } from './operations';

/** A quick report with no patient in it, and the feedback on the reports the caller made. */
export function ReportBreakdown() {
  const { t, i18n } = useTranslation();
  const directory = useDirectory();
  const empty = { occurredOn: today(), careLinkIds: [] as string[], whatHappened: '', consequence: '' };
  const [form, setForm] = useState(empty);
  const report = useSave(REPORT_BREAKDOWN);
  const [{ data, error }, refetch] = useQuery({ query: MY_BREAKDOWNS });
  const send = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await report.run({ input: { ...form, consequence: form.consequence || null } });
    if (saved) {
      setForm(empty);
      refetch({ requestPolicy: 'network-only' });
    }
  };
  return (
    <>
      <form className="card" onSubmit={send} aria-labelledby="report-title">
        <h2 id="report-title">{t('breakdowns.report')}</h2>
        <p className="hint">{t('breakdowns.noPatient')}</p>
        <div className="field">
          <label htmlFor="breakdown-day">{t('breakdowns.occurredOn')}</label>
          <input
            id="breakdown-day"
            type="date"
            required
            value={form.occurredOn}
            onChange={(e) => setForm({ ...form, occurredOn: e.target.value })}
          />
        </div>
        <CareLinkSelect
          id="breakdown-links"
          label={t('breakdowns.between')}
          required
          value={form.careLinkIds}
          onChange={(careLinkIds) => setForm({ ...form, careLinkIds })}
        />
        <div className="field">
          <label htmlFor="breakdown-what">{t('breakdowns.whatHappened')}</label>
          <textarea
            id="breakdown-what"
            required
            value={form.whatHappened}
            onChange={(e) => setForm({ ...form, whatHappened: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="breakdown-consequence">{t('breakdowns.consequence')}</label>
          <textarea
            id="breakdown-consequence"
            value={form.consequence}
            onChange={(e) => setForm({ ...form, consequence: e.target.value })}
          />
        </div>
        <button type="submit" disabled={report.fetching}>
          {t('breakdowns.send')}
        </button>
        {report.status}
      </form>
      <h2>{t('breakdowns.mine')}</h2>
      {error && <ErrorMessage error={error} />}
      {data &&
        (data.myCooperationBreakdowns.length === 0 ? (
          <Empty>{t('breakdowns.mineEmpty')}</Empty>
        ) : (
          <ul className="cards">
            {data.myCooperationBreakdowns.map((r) => (
              <li key={r.reportId} className="card">
                <p className="meta">
                  {formatDay(r.occurredOn, i18n.language)} ·{' '}
                  {r.careLinkIds.map(directory.careLink).join(' – ')}
                </p>
                <p>{r.whatHappened}</p>
                <p>
                  <strong>{t('breakdowns.feedback')}:</strong> {r.feedback ?? t('breakdowns.noFeedbackYet')}
                </p>
              </li>
            ))}
          </ul>
        ))}
    </>
  );
}
