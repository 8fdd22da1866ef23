import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { formatDay, today } from '../coach/dates';
import { useMay } from '../coach/may';
import { useFormSave, useSave } from '../coach/save';
import { describedBy, Field } from '../forms/field';
import { useDirectory } from '../graphql/directory';
import type { NetworkMeetingQuery } from '../graphql/generated/graphql';
import { formatDateTime } from '../i18n/i18n';
import { ErrorMessage, Loading } from '../layout/states';
import { useAgendaText } from './agenda-text';
import { LinkComplaint } from './link-complaint';
import { ADD_ITEM, ADOPT_AGENDA, MEETING, RECORD_MINUTES } from './operations';

type Meeting = NetworkMeetingQuery['networkMeeting'];

/** One network meeting as its pack: who takes part, the agenda from what is open, minutes and actions. */
export default function MeetingPage() {
  const { meetingId = '' } = useParams();
  const [{ data, error, fetching }, refetch] = useQuery({ query: MEETING, variables: { meetingId } });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  if (error) return <ErrorMessage error={error} retry={reload} />;
  if (!data) return fetching ? <Loading /> : null;
  return <MeetingPack data={data} onSaved={reload} />;
}

function MeetingPack({ data, onSaved: reload }: { data: NetworkMeetingQuery; onSaved(): void }) {
  const { t, i18n } = useTranslation();
  const coach = useMay('improvementWork');
  const directory = useDirectory();
  const adopt = useSave(ADOPT_AGENDA);
  const m = data.networkMeeting;
  const meetingId = m.meetingId;
  const agendaText = useAgendaText(m.heldOn);
  const { describe } = agendaText;
  const proposed = data.proposedAgenda;
  const onAgenda = new Set(m.agenda.map((i) => `${i.sourceKind}:${i.sourceId}`));
  const fresh = proposed.filter((p) => !onAgenda.has(`${p.sourceKind}:${p.sourceId}`));
  const adoptIt = async () => {
    if (await adopt.run({ meetingId })) reload();
  };
  return (
    <article className="meeting-pack" aria-labelledby="meeting-title">
      <p className="no-print">
        <Link to="/meetings">{t('meetings.back')}</Link>
      </p>
      <h1 id="meeting-title">
        {t('meetings.meetingName', { area: m.area, day: formatDay(m.heldOn, i18n.language) })}
      </h1>
      <dl className="facts">
        <dt>{t('meetings.organisations')}</dt>
        <dd>{m.organisationIds.map(directory.organisation).join(', ')}</dd>
        <dt>{t('meetings.participants')}</dt>
        <dd>{m.participantCareLinkIds.map(directory.careLink).join(', ')}</dd>
        <dt>{t('meetings.patientRepresentatives')}</dt>
        <dd>{m.patientRepresentatives}</dd>
        <dt>{t('meetings.next')}</dt>
        <dd>{formatDay(m.nextMeetingOn, i18n.language)}</dd>
      </dl>
      <div className="toolbar no-print">
        <button type="button" onClick={() => window.print()}>
          {t('meetings.print')}
        </button>
      </div>
      {coach && (
        <section className="no-print card" aria-labelledby="proposed-title">
          <h2 id="proposed-title">{t('meetings.proposed')}</h2>
          {fresh.length === 0 ? (
            <p className="state empty">{t('meetings.nothingProposed')}</p>
          ) : (
            <>
              <ul>
                {fresh.map((p) => (
                  <li key={`${p.sourceKind}:${p.sourceId}`}>{describe(p).title}</li>
                ))}
              </ul>
              <button type="button" onClick={() => void adoptIt()} disabled={adopt.fetching}>
                {t('meetings.adopt')}
              </button>
            </>
          )}
          {adopt.status}
        </section>
      )}
      <Agenda meeting={m} editable={coach} onSaved={reload} agendaText={agendaText} />
      {coach && <AddItem meetingId={meetingId} onSaved={reload} />}
      {m.minutesRecordedAt && (
        <p className="meta">
          {t('meetings.minutesBy', {
            at: formatDateTime(m.minutesRecordedAt, i18n.language),
            by: m.minutesRecordedBy,
          })}
        </p>
      )}
    </article>
  );
}

function Agenda({
  meeting,
  editable,
  onSaved,
  agendaText: { describe, sources },
}: {
  meeting: Meeting;
  editable: boolean;
  onSaved(): void;
  agendaText: ReturnType<typeof useAgendaText>;
}) {
  const { t, i18n } = useTranslation();
  const meetingName = t('meetings.meetingName', {
    area: meeting.area,
    day: formatDay(meeting.heldOn, i18n.language),
  });
  const openComplaint = (id?: string | null) => sources?.complaints.find((c) => c.complaintId === id);
  const directory = useDirectory();
  const [minutes, setMinutes] = useState<Record<string, { decision: string; owner: string }>>(() =>
    Object.fromEntries(
      meeting.agenda.map((i) => [i.itemId, { decision: i.decision ?? '', owner: i.ownerCareLinkId ?? '' }]),
    ),
  );
  const record = useSave(RECORD_MINUTES);
  const held = meeting.heldOn <= today();
  const send = async (event: FormEvent) => {
    event.preventDefault();
    const items = Object.entries(minutes)
      .filter(([, v]) => v.decision.trim())
      .map(([itemId, v]) => ({ itemId, decision: v.decision, ownerCareLinkId: v.owner || null }));
    if (await record.run({ meetingId: meeting.meetingId, items })) onSaved();
  };
  const entry = (itemId: string) => minutes[itemId] ?? { decision: '', owner: '' };
  return (
    <section aria-labelledby="agenda-title">
      <h2 id="agenda-title">{t('meetings.agenda')}</h2>
      {meeting.agenda.length === 0 ? (
        <p className="state empty">{t('meetings.agendaEmpty')}</p>
      ) : (
        <form onSubmit={send}>
          <ol className="agenda">
            {meeting.agenda.map((stored) => {
              const item = { ...stored, ...describe(stored) };
              return (
                <li key={item.itemId}>
                  <h3>
                    {item.title} <span className="meta">({t(`meetings.sources.${item.sourceKind}`)})</span>
                  </h3>
                  {item.detail && <p>{item.detail}</p>}
                  {editable && item.sourceKind === 'COMPLAINT' && openComplaint(item.sourceId) && (
                    <LinkComplaint
                      complaintId={item.sourceId ?? ''}
                      meetingName={meetingName}
                      projects={sources?.improvementProjects ?? []}
                      linkedProjectId={openComplaint(item.sourceId)?.projectId}
                      onSaved={onSaved}
                    />
                  )}
                  {item.decision && (
                    <p className="decision">
                      <strong>{t('meetings.decision')}:</strong> {item.decision}
                      {item.ownerCareLinkId &&
                        ` (${t('meetings.owner')}: ${directory.careLink(item.ownerCareLinkId)})`}
                    </p>
                  )}
                  {editable && held && (
                    <div className="no-print minute">
                      <div className="field">
                        <label htmlFor={`decision-${item.itemId}`}>
                          {t('meetings.decisionFor', { title: item.title })}
                        </label>
                        <textarea
                          id={`decision-${item.itemId}`}
                          value={entry(item.itemId).decision}
                          onChange={(e) =>
                            setMinutes({
                              ...minutes,
                              [item.itemId]: { ...entry(item.itemId), decision: e.target.value },
                            })
                          }
                        />
                      </div>
                      <div className="field">
                        <label htmlFor={`owner-${item.itemId}`}>
                          {t('meetings.ownerFor', { title: item.title })}
                        </label>
                        <select
                          id={`owner-${item.itemId}`}
                          value={entry(item.itemId).owner}
                          onChange={(e) =>
                            setMinutes({
                              ...minutes,
                              [item.itemId]: { ...entry(item.itemId), owner: e.target.value },
                            })
                          }
                        >
                          <option value="">{t('meetings.noOwner')}</option>
                          {meeting.participantCareLinkIds.map((id) => (
                            <option key={id} value={id}>
                              {directory.careLink(id)}
                            </option>
                          ))}
                        </select>
                      </div>
                    </div>
                  )}
                </li>
              );
            })}
          </ol>
          {editable &&
            (held ? (
              <div className="no-print">
                <button type="submit" disabled={record.fetching}>
                  {t('meetings.recordMinutes')}
                </button>
                {record.status}
              </div>
            ) : (
              <p className="hint no-print">
                {t('meetings.minutesFrom', { day: formatDay(meeting.heldOn, i18n.language) })}
              </p>
            ))}
        </form>
      )}
    </section>
  );
}

function AddItem({ meetingId, onSaved }: { meetingId: string; onSaved(): void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ title: '', detail: '' });
  const add = useFormSave(ADD_ITEM, 'meetings.itemRefused');
  const send = async (event: FormEvent) => {
    event.preventDefault();
    const input = { sourceKind: 'OTHER' as const, title: form.title, detail: form.detail || null };
    if (await add.run({ meetingId, input })) {
      setForm({ title: '', detail: '' });
      onSaved();
    }
  };
  return (
    <form ref={add.ref} className="card no-print" onSubmit={send} noValidate aria-labelledby="add-item-title">
      <h2 id="add-item-title">{t('meetings.addItem')}</h2>
      <Field id="item-title" label={t('meetings.itemTitle')} required error={add.problems.title}>
        <input
          id="item-title"
          required
          value={form.title}
          onChange={(e) => setForm({ ...form, title: e.target.value })}
          {...describedBy('item-title', add.problems.title)}
        />
      </Field>
      <Field id="item-detail" label={t('meetings.itemDetail')} error={add.problems.detail}>
        <textarea
          id="item-detail"
          value={form.detail}
          onChange={(e) => setForm({ ...form, detail: e.target.value })}
          {...describedBy('item-detail', add.problems.detail)}
        />
      </Field>
      <button type="submit" disabled={add.fetching}>
        {t('meetings.addButton')}
      </button>
      {add.status}
    </form>
  );
}
