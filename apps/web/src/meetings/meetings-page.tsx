import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useQuery } from 'urql';
import { CareLinkSelect } from '../coach/care-link-select';
import { formatDay, today } from '../coach/dates';
import { useMay } from '../coach/may';
import { useFormSave } from '../coach/save';
import { describedBy, Field } from '../forms/field';
import { DIRECTORY_QUERY } from '../graphql/directory';
import { Empty, ErrorMessage, Loading } from '../layout/states';
import { MEETINGS, PLAN_MEETING } from './operations';

const shift = (day: string, years: number) => `${Number(day.slice(0, 4)) + years}${day.slice(4)}`;

/** The six-weekly local network meetings: those held and planned, and planning the next. */
export default function MeetingsPage() {
  const { t, i18n } = useTranslation();
  const coach = useMay('improvementWork');
  const navigate = useNavigate();
  const [{ data, error, fetching }, refetch] = useQuery({
    query: MEETINGS,
    variables: { from: shift(today(), -1), to: shift(today(), 1) },
  });
  const [{ data: directory }] = useQuery({ query: DIRECTORY_QUERY });
  const [form, setForm] = useState({
    area: '',
    heldOn: today(),
    organisationIds: [] as string[],
    participantCareLinkIds: [] as string[],
    patientRepresentatives: '0',
  });
  const plan = useFormSave(PLAN_MEETING, 'meetings.refused');
  const { problems } = plan;
  const send = async (event: FormEvent) => {
    event.preventDefault();
    const planned = await plan.run({
      input: {
        ...form,
        heldOn: form.heldOn || null,
        patientRepresentatives: Number(form.patientRepresentatives),
      },
    });
    if (planned) void navigate(`/meetings/${planned.planNetworkMeeting.meetingId}`);
  };
  return (
    <section aria-labelledby="meetings-title">
      <h1 id="meetings-title">{t('meetings.title')}</h1>
      <p>{t('meetings.intro')}</p>
      {error && <ErrorMessage error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />}
      {fetching && !data && <Loading />}
      {data &&
        (data.networkMeetings.length === 0 ? (
          <Empty>{t('meetings.none')}</Empty>
        ) : (
          <ul>
            {data.networkMeetings.map((m) => (
              <li key={m.meetingId}>
                <Link to={`/meetings/${m.meetingId}`}>
                  {t('meetings.meetingName', { area: m.area, day: formatDay(m.heldOn, i18n.language) })}
                </Link>{' '}
                <span className="meta">
                  {t('meetings.itemCount', { count: m.agenda.length })}
                  {m.minutesRecordedAt && ` · ${t('meetings.minuted')}`}
                </span>
              </li>
            ))}
          </ul>
        ))}
      {coach && (
        <form ref={plan.ref} className="card" onSubmit={send} noValidate aria-labelledby="plan-meeting-title">
          <h2 id="plan-meeting-title">{t('meetings.plan')}</h2>
          <Field id="meeting-area" label={t('meetings.area')} required error={problems.area}>
            <input
              id="meeting-area"
              required
              value={form.area}
              onChange={(e) => setForm({ ...form, area: e.target.value })}
              {...describedBy('meeting-area', problems.area)}
            />
          </Field>
          <Field
            id="meeting-day"
            label={t('meetings.heldOn')}
            hint={t('meetings.heldOnHint')}
            error={problems.heldOn}
          >
            <input
              id="meeting-day"
              type="date"
              value={form.heldOn}
              onChange={(e) => setForm({ ...form, heldOn: e.target.value })}
              {...describedBy('meeting-day', problems.heldOn, t('meetings.heldOnHint'))}
            />
          </Field>
          <Field
            id="meeting-organisations"
            label={t('meetings.organisations')}
            required
            error={problems.organisationIds}
          >
            <select
              id="meeting-organisations"
              multiple
              required
              size={4}
              value={form.organisationIds}
              onChange={(e) =>
                setForm({ ...form, organisationIds: [...e.target.selectedOptions].map((o) => o.value) })
              }
              {...describedBy('meeting-organisations', problems.organisationIds)}
            >
              {(directory?.organisations ?? []).map((o) => (
                <option key={o.organisationId} value={o.organisationId}>
                  {o.name}
                </option>
              ))}
            </select>
          </Field>
          <CareLinkSelect
            id="meeting-participants"
            label={t('meetings.participants')}
            required
            error={problems.participantCareLinkIds}
            value={form.participantCareLinkIds}
            onChange={(participantCareLinkIds) => setForm({ ...form, participantCareLinkIds })}
          />
          <Field
            id="meeting-representatives"
            label={t('meetings.patientRepresentatives')}
            error={problems.patientRepresentatives}
          >
            <input
              id="meeting-representatives"
              type="number"
              min={0}
              value={form.patientRepresentatives}
              onChange={(e) => setForm({ ...form, patientRepresentatives: e.target.value })}
              {...describedBy('meeting-representatives', problems.patientRepresentatives)}
            />
          </Field>
          <button type="submit" disabled={plan.fetching}>
            {t('meetings.planButton')}
          </button>
          {plan.status}
        </form>
      )}
    </section>
  );
}
