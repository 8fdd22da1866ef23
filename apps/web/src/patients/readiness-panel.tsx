import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, type CombinedError } from 'urql';
import { Field, describedBy } from '../forms/field';
import { fromLocalInput, toLocalInput } from '../forms/local-time';
import { refusalOf } from '../forms/refusals';
import { SavedUpdating } from '../forms/saved-updating';
import { useUntilShown } from '../forms/use-until-shown';
import { graphql } from '../graphql/generated';
import { formatDateTime } from '../i18n/i18n';
import { ErrorMessage } from '../layout/states';
import { CareLinkOptions } from './care-link-choices';

const MARK = graphql(`
  mutation MarkMedicallyReady($input: MarkMedicallyReadyInput!) {
    markMedicallyReady(input: $input) {
      eventId
      readyAt
    }
  }
`);
const WITHDRAW = graphql(`
  mutation WithdrawMedicallyReady($input: WithdrawMedicallyReadyInput!) {
    withdrawMedicallyReady(input: $input) {
      eventId
    }
  }
`);

const DESTINATION_KINDS = ['home-care', 'primary-care-unit', 'nursing-home', 'other'];

interface Props {
  patientId: string;
  stayId: string;
  readySince: string | null;
  refetch(): void;
}

/** Medically ready (utskrivningsklar) or no longer: the ward's declaration, with its undo. */
export function ReadinessPanel({ patientId, stayId, readySince, refetch }: Props) {
  const { t, i18n } = useTranslation();
  const [readyAt, setReadyAt] = useState(() => toLocalInput(new Date()));
  const [destination, setDestination] = useState('');
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [refused, setRefused] = useState<CombinedError | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  // What the last change was, so it can be undone, and what the view must show once updated.
  const [last, setLast] = useState<{ ready: boolean; readyAt?: string } | null>(null);
  const [, mark] = useMutation(MARK);
  const [, withdraw] = useMutation(WITHDRAW);
  const { updating, start } = useUntilShown(() => (readySince !== null) === last?.ready, refetch);

  const answer = (error: CombinedError | undefined, done: { ready: boolean; readyAt?: string }) => {
    setRefused(null);
    setConflict(null);
    if (!error) {
      setProblems({});
      setLast(done);
      start();
      return;
    }
    const refusal = refusalOf(error);
    if (refusal.kind === 'conflict') setConflict(refusal.message);
    else if (refusal.kind === 'invalid') setProblems(refusal.fields);
    else setRefused(error);
  };

  const markReady = async (at: string | null, to: string) => {
    const result = await mark({
      input: { patientId, stayId, readyAt: at, expectedDestinationCareLinkId: to || null },
    });
    answer(result.error, { ready: true, readyAt: result.data?.markMedicallyReady.readyAt ?? undefined });
  };
  const withdrawReady = async (why: string, previous: string | null) => {
    const result = await withdraw({ input: { patientId, stayId, reason: why } });
    answer(result.error, { ready: false, readyAt: previous ?? undefined });
  };

  const submitReady = (event: FormEvent) => {
    event.preventDefault();
    const at = fromLocalInput(readyAt);
    if (!at) return setProblems({ readyAt: t('readiness.readyAtMissing') });
    if (Date.parse(at) > Date.now() + 60_000) return setProblems({ readyAt: t('readiness.readyAtFuture') });
    void markReady(at, destination);
  };
  const submitWithdraw = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return setProblems({ reason: t('readiness.reasonMissing') });
    void withdrawReady(reason.trim(), readySince);
    setReason('');
  };
  const undo = () =>
    last?.ready
      ? void withdrawReady(t('readiness.undoReason'), null)
      : void markReady(last?.readyAt ?? null, '');

  return (
    <section aria-labelledby="readiness-title" className="panel">
      <h2 id="readiness-title">{t('readiness.title')}</h2>
      <p>
        {readySince
          ? t('readiness.readySince', { at: formatDateTime(readySince, i18n.language) })
          : t('readiness.notReady')}
      </p>
      {conflict && (
        <div className="state warning" role="alert">
          <p>
            <strong>{t('forms.conflict.title')}</strong> {t('readiness.conflict')}
          </p>
          <button
            type="button"
            onClick={() => {
              setConflict(null);
              refetch();
            }}
          >
            {t('forms.conflict.reloadView')}
          </button>
        </div>
      )}
      {refused && <ErrorMessage error={refused} />}
      {readySince === null ? (
        <form onSubmit={submitReady} noValidate aria-label={t('readiness.markTitle')}>
          <Field id="ready-at" label={t('readiness.readyAt')} error={problems.readyAt}>
            <input
              id="ready-at"
              type="datetime-local"
              value={readyAt}
              onChange={(e) => setReadyAt(e.target.value)}
              {...describedBy('ready-at', problems.readyAt)}
            />
          </Field>
          <Field
            id="destination"
            label={t('readiness.destination')}
            hint={t('readiness.destinationHint')}
            error={problems.expectedDestinationCareLinkId}
          >
            <select
              id="destination"
              value={destination}
              onChange={(e) => setDestination(e.target.value)}
              {...describedBy('destination', problems.expectedDestinationCareLinkId, 'hint')}
            >
              <CareLinkOptions kinds={DESTINATION_KINDS} />
            </select>
          </Field>
          {problems.stayId && <p className="field-error">{problems.stayId}</p>}
          <button type="submit">{t('readiness.mark')}</button>
        </form>
      ) : (
        <form onSubmit={submitWithdraw} noValidate aria-label={t('readiness.withdrawTitle')}>
          <Field id="withdraw-reason" label={t('readiness.reason')} error={problems.reason}>
            <textarea
              id="withdraw-reason"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              {...describedBy('withdraw-reason', problems.reason)}
            />
          </Field>
          <button type="submit">{t('readiness.withdraw')}</button>
        </form>
      )}
      <SavedUpdating updating={updating} saved={last !== null} />
      {last && !updating && (
        <button type="button" className="secondary" onClick={undo}>
          {last.ready ? t('readiness.undoReady') : t('readiness.undoWithdraw')}
        </button>
      )}
    </section>
  );
}
