import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { Field, describedBy } from '../forms/field';
import { fromLocalInput, toLocalInput } from '../forms/local-time';
import { refusalOf } from '../forms/refusals';
import { SavedUpdating } from '../forms/saved-updating';
import { useUntilShown } from '../forms/use-until-shown';
import { useDirectory } from '../graphql/directory';
import { graphql } from '../graphql/generated';
import { formatDateTime } from '../i18n/i18n';
import { ErrorMessage } from '../layout/states';

const CAUSES = graphql(`
  query DelayCauses($patientId: ID!, $stayId: ID!) {
    dischargeDelayCauses(patientId: $patientId, stayId: $stayId) {
      eventId
      cause
      from
      note
      recordedByCareLinkId
    }
  }
`);
const RECORD = graphql(`
  mutation RecordDelayCause($input: DischargeDelayCauseInput!) {
    recordDischargeDelayCause(input: $input) {
      eventId
    }
  }
`);

export const delayCauses = [
  'home-care-capacity',
  'primary-care-capacity',
  'nursing-home-place',
  'awaiting-assessment',
  'patient-or-family-choice',
  'other',
] as const;

/** Why a ready patient is still in hospital. A later record changes the cause from its time on. */
export function DelayCausePanel({
  patientId,
  stayId,
  onChanged,
}: {
  patientId: string;
  stayId: string;
  /** The rest of the page (the timeline) asks again once a cause is recorded. */
  onChanged(): void;
}) {
  const { t, i18n } = useTranslation();
  const directory = useDirectory();
  const [{ data, error }, refetchQuery] = useQuery({
    query: CAUSES,
    variables: { patientId, stayId },
    requestPolicy: 'cache-and-network',
  });
  const refetch = useCallback(() => refetchQuery({ requestPolicy: 'network-only' }), [refetchQuery]);
  const [cause, setCause] = useState('');
  const [from, setFrom] = useState('');
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [refused, setRefused] = useState<CombinedError | null>(null);
  const [saved, setSaved] = useState<{ eventId: string; previous?: { cause: string; from: string } } | null>(
    null,
  );
  const [, record] = useMutation(RECORD);
  const records = data?.dischargeDelayCauses ?? [];
  const previous = saved?.previous;
  const { updating, start } = useUntilShown(
    () => records.some((r) => r.eventId === saved?.eventId),
    refetch,
    onChanged,
  );

  const send = async (input: { cause: string; from: string | null; note: string | null }) => {
    const previous = records.at(-1);
    const result = await record({ input: { patientId, stayId, ...input } });
    setRefused(null);
    if (!result.data) {
      if (!result.error) return;
      const refusal = refusalOf(result.error);
      if (refusal.kind === 'invalid') setProblems(refusal.fields);
      else setRefused(result.error);
      return;
    }
    setProblems({});
    for (const clear of [setCause, setFrom, setNote]) clear('');
    setSaved({
      eventId: result.data.recordDischargeDelayCause.eventId,
      previous: previous && input.from ? { cause: previous.cause, from: input.from } : undefined,
    });
    start();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!cause) return setProblems({ cause: t('delay.causeMissing') });
    if (cause === 'other' && !note.trim()) return setProblems({ note: t('delay.noteForOther') });
    void send({ cause, from: fromLocalInput(from) ?? new Date().toISOString(), note: note.trim() || null });
  };

  return (
    <section aria-labelledby="delay-title" className="panel">
      <h2 id="delay-title">{t('delay.title')}</h2>
      {error && <ErrorMessage error={error} retry={refetch} />}
      {records.length > 0 && (
        <ol className="plain">
          {records.map((r) => (
            <li key={r.eventId}>
              {t('delay.recorded', {
                cause: t(`causes.${r.cause}`, { defaultValue: r.cause }),
                from: formatDateTime(r.from, i18n.language),
                by: directory.careLink(r.recordedByCareLinkId),
              })}
              {r.note && <span className="hint"> – {r.note}</span>}
            </li>
          ))}
        </ol>
      )}
      <form onSubmit={submit} noValidate aria-label={t('delay.formTitle')}>
        <Field id="delay-cause" label={t('delay.cause')} error={problems.cause}>
          <select
            id="delay-cause"
            value={cause}
            onChange={(e) => {
              setCause(e.target.value);
              setProblems({});
            }}
            {...describedBy('delay-cause', problems.cause)}
          >
            <option value="">{t('delay.chooseCause')}</option>
            {delayCauses.map((c) => (
              <option key={c} value={c}>
                {t(`causes.${c}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="delay-note" label={t('delay.note')} error={problems.note}>
          <textarea
            id="delay-note"
            value={note}
            onChange={(e) => setNote(e.target.value)}
            {...describedBy('delay-note', problems.note)}
          />
        </Field>
        <Field id="delay-from" label={t('delay.from')} hint={t('delay.fromHint')} error={problems.from}>
          <input
            id="delay-from"
            type="datetime-local"
            value={from}
            max={toLocalInput(new Date())}
            onChange={(e) => setFrom(e.target.value)}
            {...describedBy('delay-from', problems.from, 'hint')}
          />
        </Field>
        {problems.form && <p className="field-error">{problems.form}</p>}
        <button type="submit">{t('delay.record')}</button>
      </form>
      <SavedUpdating updating={updating} saved={saved !== null} />
      {refused && <ErrorMessage error={refused} />}
      {previous && !updating && (
        <button type="button" className="secondary" onClick={() => void send({ ...previous, note: null })}>
          {t('delay.undo', { cause: t(`causes.${previous.cause}`) })}
        </button>
      )}
    </section>
  );
}
