import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CareLinkSelect } from '../coach/care-link-select';
import { today } from '../coach/dates';
import { useFormSave } from '../coach/save';
import { describedBy, Field } from '../forms/field';
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
  const record = useFormSave(RECORD_COMPLAINT, 'complaints.refused');
  const { problems } = record;
  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (await record.run({ input: { ...form, patientId: form.patientId.trim() || null } })) {
      setForm(empty);
      onSaved();
    }
  };
  return (
    <form
      ref={record.ref}
      className="card"
      onSubmit={send}
      noValidate
      aria-labelledby="record-complaint-title"
    >
      <h2 id="record-complaint-title">{t('complaints.record')}</h2>
      <Field id="complaint-received" label={t('complaints.receivedOn')} required error={problems.receivedOn}>
        <input
          id="complaint-received"
          type="date"
          required
          value={form.receivedOn}
          onChange={(e) => setForm({ ...form, receivedOn: e.target.value })}
          {...describedBy('complaint-received', problems.receivedOn)}
        />
      </Field>
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
      <Field id="complaint-summary" label={t('complaints.summary')} required error={problems.summary}>
        <textarea
          id="complaint-summary"
          required
          value={form.summary}
          onChange={(e) => setForm({ ...form, summary: e.target.value })}
          {...describedBy('complaint-summary', problems.summary)}
        />
      </Field>
      <CareLinkSelect
        id="complaint-links"
        label={t('complaints.routeTo')}
        required
        error={problems.involvedCareLinkIds}
        value={form.involvedCareLinkIds}
        onChange={(involvedCareLinkIds) => setForm({ ...form, involvedCareLinkIds })}
      />
      <Field
        id="complaint-patient"
        label={t('complaints.patientId')}
        hint={t('complaints.patientHint')}
        error={problems.patientId}
      >
        <input
          id="complaint-patient"
          value={form.patientId}
          onChange={(e) => setForm({ ...form, patientId: e.target.value })}
          {...describedBy('complaint-patient', problems.patientId, t('complaints.patientHint'))}
        />
      </Field>
      <button type="submit" disabled={record.fetching}>
        {t('complaints.recordButton')}
      </button>
      {record.status}
    </form>
  );
}
