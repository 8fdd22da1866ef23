import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CareLinkSelect } from '../coach/care-link-select';
import { today } from '../coach/dates';
import { useSave } from '../coach/save';
import { RECORD_COMPLAINT } from './operations';

/** The complaints line writes a complaint down and routes it to the care links it concerns. */
export function RecordComplaint({ onSaved }: { onSaved(): void }) {
  const { t } = useTranslation();
  const empty = {
    receivedOn: today(),
    complainantKind: 'relative',
    summary: '',
    involvedCareLinkIds: [] as string[],
    patientId: '',
  };
  const [form, setForm] = useState(empty);
  const record = useSave(RECORD_COMPLAINT);
  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (await record.run({ input: { ...form, patientId: form.patientId.trim() || null } })) {
      setForm(empty);
      onSaved();
    }
  };
  return (
    <form className="card" onSubmit={send} aria-labelledby="record-complaint-title">
      <h2 id="record-complaint-title">{t('complaints.record')}</h2>
      <div className="field">
        <label htmlFor="complaint-received">{t('complaints.receivedOn')}</label>
        <input
          id="complaint-received"
          type="date"
          required
          value={form.receivedOn}
          onChange={(e) => setForm({ ...form, receivedOn: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor="complaint-kind">{t('complaints.complainantKind')}</label>
        <select
          id="complaint-kind"
          value={form.complainantKind}
          onChange={(e) => setForm({ ...form, complainantKind: e.target.value })}
        >
          {['patient', 'relative', 'other'].map((k) => (
            <option key={k} value={k}>
              {t(`complaints.kinds.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="complaint-summary">{t('complaints.summary')}</label>
        <textarea
          id="complaint-summary"
          required
          value={form.summary}
          onChange={(e) => setForm({ ...form, summary: e.target.value })}
        />
      </div>
      <CareLinkSelect
        id="complaint-links"
        label={t('complaints.routeTo')}
        required
        value={form.involvedCareLinkIds}
        onChange={(involvedCareLinkIds) => setForm({ ...form, involvedCareLinkIds })}
      />
      <div className="field">
        <label htmlFor="complaint-patient">{t('complaints.patientId')}</label>
        <input
          id="complaint-patient"
          value={form.patientId}
          aria-describedby="complaint-patient-hint"
          onChange={(e) => setForm({ ...form, patientId: e.target.value })}
        />
        <span id="complaint-patient-hint" className="hint">
          {t('complaints.patientHint')}
        </span>
      </div>
      <button type="submit" disabled={record.fetching}>
        {t('complaints.recordButton')}
      </button>
      {record.status}
    </form>
  );
}
