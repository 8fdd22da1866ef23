import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay, today } from '../coach/dates';
import { useMay } from '../coach/may';
import { useFormSave, useSave } from '../coach/save';
import { describedBy, Field } from '../forms/field';
import { useDirectory } from '../graphql/directory';
import type { ComplaintsQuery } from '../graphql/generated/graphql';
import { formatDateTime } from '../i18n/i18n';
import { useSession } from '../session/session';
import { ANSWER_COMPLAINT, CLOSE_COMPLAINT, COMPLAINT_FEEDBACK } from './operations';

/** One complaint: where it was routed, who answered, the feedback, and whether it may close yet. */
export function ComplaintCard({
  complaint: c,
  onSaved,
}: {
  complaint: ComplaintsQuery['complaints'][number];
  onSaved(): void;
}) {
  const { t, i18n } = useTranslation();
  const directory = useDirectory();
  const { session } = useSession();
  const line = useMay('complaintsLine');
  const staff = useMay('unitStaff');
  const close = useSave(CLOSE_COMPLAINT);
  const mayClose = c.awaitingAnswerFrom.length === 0 && !!c.feedback;
  const closeIt = async () => {
    if (await close.run({ complaintId: c.complaintId })) onSaved();
  };
  return (
    <li className="card" aria-labelledby={`complaint-${c.complaintId}`}>
      <h3 id={`complaint-${c.complaintId}`}>
        {t('complaints.received', {
          day: formatDay(c.receivedOn, i18n.language),
          kind: t(`complaints.kinds.${c.complainantKind}`, { defaultValue: c.complainantKind }),
        })}
      </h3>
      <p>{c.summary}</p>
      {c.patientId && <p className="meta">{t('complaints.concernsPatient', { patient: c.patientId })}</p>}
      <p>
        <strong>{t('complaints.routedTo')}:</strong>{' '}
        {c.involvedCareLinkIds.map(directory.careLink).join(', ')}
      </p>
      {c.awaitingAnswerFrom.length > 0 && (
        <p>
          <strong>{t('complaints.awaiting')}:</strong>{' '}
          {c.awaitingAnswerFrom.map(directory.careLink).join(', ')}
        </p>
      )}
      {c.answers.length > 0 && (
        <>
          <h4>{t('complaints.answers')}</h4>
          <ul>
            {c.answers.map((a) => (
              <li key={a.careLinkId}>
                <strong>{directory.careLink(a.careLinkId)}</strong>: {a.answer}{' '}
                <span className="meta">({formatDateTime(a.answeredAt, i18n.language)})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {c.feedback && (
        <p>
          <strong>
            {t('complaints.feedbackGiven', { day: formatDay(c.feedbackGivenOn, i18n.language) })}:
          </strong>{' '}
          {c.feedback}
          {c.complainantResponse && ` ${t('complaints.response', { response: c.complainantResponse })}`}
        </p>
      )}
      {(c.improvementMeeting || c.projectId) && (
        <p className="meta">
          {c.improvementMeeting && t('complaints.takenUpAt', { meeting: c.improvementMeeting })}{' '}
          {c.projectId && t('complaints.takenUpByAProject')}
        </p>
      )}
      {c.closedAt ? (
        <p className="meta">{t('complaints.closedAt', { at: formatDateTime(c.closedAt, i18n.language) })}</p>
      ) : (
        <>
          {staff && c.involvedCareLinkIds.includes(session.careLinkId) && (
            <Answer complaintId={c.complaintId} onSaved={onSaved} />
          )}
          {line && !c.feedback && <Feedback complaintId={c.complaintId} onSaved={onSaved} />}
          {line && (
            <div className="close">
              <p className="hint">
                {mayClose
                  ? t('complaints.mayClose')
                  : t('complaints.mayNotClose', {
                      missing: [
                        ...(c.awaitingAnswerFrom.length
                          ? [
                              t('complaints.missingAnswers', {
                                links: c.awaitingAnswerFrom.map(directory.careLink).join(', '),
                              }),
                            ]
                          : []),
                        ...(c.feedback ? [] : [t('complaints.missingFeedback')]),
                      ].join('; '),
                    })}
              </p>
              <button type="button" disabled={!mayClose || close.fetching} onClick={() => void closeIt()}>
                {t('complaints.close')}
              </button>
              {close.status}
            </div>
          )}
        </>
      )}
    </li>
  );
}

function Answer({ complaintId, onSaved }: { complaintId: string; onSaved(): void }) {
  const { t } = useTranslation();
  const [answer, setAnswer] = useState('');
  // The answer is an argument of its own, not part of an input.
  const save = useFormSave(ANSWER_COMPLAINT, 'complaints.answerRefused', '');
  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (await save.run({ complaintId, answer })) onSaved();
  };
  const id = `answer-${complaintId}`;
  return (
    <form ref={save.ref} onSubmit={send} noValidate>
      <Field id={id} label={t('complaints.answer')} required error={save.problems.answer}>
        <textarea
          id={id}
          required
          value={answer}
          onChange={(e) => setAnswer(e.target.value)}
          {...describedBy(id, save.problems.answer)}
        />
      </Field>
      <button type="submit" disabled={save.fetching}>
        {t('complaints.sendAnswer')}
      </button>
      {save.status}
    </form>
  );
}

function Feedback({ complaintId, onSaved }: { complaintId: string; onSaved(): void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ feedback: '', givenOn: today(), complainantResponse: '' });
  const save = useFormSave(COMPLAINT_FEEDBACK, 'complaints.feedbackRefused');
  const { problems } = save;
  const id = (name: string) => `${complaintId}-${name}`;
  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (
      await save.run({
        complaintId,
        input: { ...form, complainantResponse: form.complainantResponse || null },
      })
    )
      onSaved();
  };
  return (
    <form ref={save.ref} onSubmit={send} noValidate>
      <Field id={id('feedback')} label={t('complaints.feedback')} required error={problems.feedback}>
        <textarea
          id={id('feedback')}
          required
          value={form.feedback}
          onChange={(e) => setForm({ ...form, feedback: e.target.value })}
          {...describedBy(id('feedback'), problems.feedback)}
        />
      </Field>
      <Field id={id('given')} label={t('complaints.givenOn')} required error={problems.givenOn}>
        <input
          id={id('given')}
          type="date"
          required
          value={form.givenOn}
          onChange={(e) => setForm({ ...form, givenOn: e.target.value })}
          {...describedBy(id('given'), problems.givenOn)}
        />
      </Field>
      <div className="field">
        <label htmlFor={id('response')}>{t('complaints.complainantResponse')}</label>
        <input
          id={id('response')}
          value={form.complainantResponse}
          onChange={(e) => setForm({ ...form, complainantResponse: e.target.value })}
        />
      </div>
      <button type="submit" disabled={save.fetching}>
        {t('complaints.giveFeedback')}
      </button>
      {save.status}
    </form>
  );
}
