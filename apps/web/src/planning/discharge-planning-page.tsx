import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../graphql/generated';
import type { DischargePlanningQuery } from '../graphql/generated/graphql';
import { formatDay } from '../coach/dates';
import { formatDateTime } from '../i18n/i18n';
import { CareLinkLabel } from '../layout/care-link-label';
import { Empty, ErrorMessage, Loading } from '../layout/states';
import { PatientName } from '../patients/patient-name';
import { useSession, useSignedInUnit } from '../session/session';

const PLANNING = graphql(`
  query DischargePlanning {
    dischargePlanning {
      patientId
      stayId
      wardCareLinkId
      admittedAt
      medicallyReadySince
      dischargedAt
      expectedDischargeDate
      municipalStatusReported
      updating
      notices {
        noticeId
        notice
        recipient
        toCareLinkId
        fromCareLinkId
        dueAt
        sentAt
        status
      }
      meetings {
        meetingId
        at
        mode
        patientTakesPart
        relativesInvited
      }
    }
  }
`);

type Stay = DischargePlanningQuery['dischargePlanning'][number];

/**
 * Discharge planning (lag 2017:612) for the unit signed in: a ward sees the notices it owes and
 * whether they went in time; a municipality or primary care unit sees who is coming home, when,
 * and what is asked of it.
 */
export default function DischargePlanningPage() {
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  const unit = useSignedInUnit();
  const [{ data, error, fetching }, refetch] = useQuery({
    query: PLANNING,
    requestPolicy: 'cache-and-network',
  });
  const when = (v: string | null | undefined) => formatDateTime(v, i18n.language);
  const hospital = session.role === 'hospital-staff';
  const stays = (data?.dischargePlanning ?? []).filter((s) => !s.dischargedAt);
  // A row the read models have not caught up with says so, and is asked for again until they have.
  const updating = stays.some((s) => s.updating);
  useEffect(() => {
    if (!updating) return;
    const timer = setInterval(() => refetch({ requestPolicy: 'network-only' }), 1000);
    return () => clearInterval(timer);
  }, [updating, refetch]);

  const asked = (stay: Stay) => {
    const meeting = stay.meetings[stay.meetings.length - 1];
    if (meeting) return t('planning.asks.meeting', { at: when(meeting.at) });
    if (stay.medicallyReadySince) return t('planning.asks.prepare');
    if (!stay.municipalStatusReported) return t('planning.asks.status');
    return t('planning.asks.nothing');
  };

  return (
    <section aria-labelledby="planning-title">
      <h1 id="planning-title">{t('planning.title')}</h1>
      <p>
        {t(hospital ? 'planning.introHospital' : 'planning.introHome', {
          careLink: unit,
        })}
      </p>
      {error && <ErrorMessage error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />}
      {fetching && !data && <Loading />}
      {data && stays.length === 0 && <Empty>{t('planning.empty')}</Empty>}
      {stays.length > 0 && (
        <table className="planning">
          <caption className="visually-hidden">{t('planning.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('planning.patient')}</th>
              <th scope="col">{t('planning.admitted')}</th>
              <th scope="col">{t('planning.readySince')}</th>
              <th scope="col">{t('planning.expectedDischarge')}</th>
              <th scope="col">{t('planning.notices')}</th>
              <th scope="col">{t('planning.meeting')}</th>
              {!hospital && <th scope="col">{t('planning.asked')}</th>}
            </tr>
          </thead>
          <tbody>
            {stays.map((stay) => {
              const mine = stay.notices.filter((n) =>
                hospital ? n.fromCareLinkId === session.careLinkId : n.toCareLinkId === session.careLinkId,
              );
              const meeting = stay.meetings[stay.meetings.length - 1];
              return (
                <tr key={`${stay.patientId}-${stay.stayId}`}>
                  <th scope="row">
                    <PatientName patientId={stay.patientId} />
                    {stay.updating && <div className="updating">{t('planning.updating')}</div>}
                  </th>
                  <td>{when(stay.admittedAt)}</td>
                  <td>
                    {stay.medicallyReadySince ? when(stay.medicallyReadySince) : t('planning.notReady')}
                  </td>
                  <td>{formatDay(stay.expectedDischargeDate, i18n.language)}</td>
                  <td>
                    <ul className="notices">
                      {mine.map((n) => (
                        <li key={n.noticeId} className={`notice ${n.status}`}>
                          <strong>{t(`planning.kinds.${n.notice}`, { defaultValue: n.notice })}</strong>
                          {hospital && (
                            <>
                              {' → '}
                              {n.toCareLinkId ? (
                                <CareLinkLabel id={n.toCareLinkId} />
                              ) : (
                                t(`planning.noRecipient.${n.recipient}`)
                              )}
                            </>
                          )}
                          : {t(`planning.statuses.${n.status}`, { defaultValue: n.status })} (
                          {n.sentAt
                            ? t('planning.sentAt', { at: when(n.sentAt) })
                            : t('planning.due', { at: when(n.dueAt) })}
                          )
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>
                    {meeting
                      ? [
                          t('planning.meetingAt', {
                            at: when(meeting.at),
                            mode: t(`planning.modes.${meeting.mode}`, { defaultValue: meeting.mode }),
                          }),
                          ...(meeting.patientTakesPart ? [t('planning.withPatient')] : []),
                          ...(meeting.relativesInvited ? [t('planning.withRelatives')] : []),
                        ].join(', ')
                      : t('planning.noMeeting')}
                  </td>
                  {!hospital && <td>{asked(stay)}</td>}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
