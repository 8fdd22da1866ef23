import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { today } from '../coach/dates';
import { useMay } from '../coach/may';
import { useSave } from '../coach/save';
import { useDirectory } from '../graphql/directory';
import { graphql } from '../graphql/generated';
import type { UptakeGrouping } from '../graphql/generated/graphql';
import { formatNumber } from '../i18n/i18n';
import { useSession, useSignedInUnit } from '../session/session';
import { Empty, ErrorMessage, Loading } from '../layout/states';

const RECORD_WEEK = graphql(`
  mutation RecordQualityTimeWeek($input: QualityTimeWeekInput!) {
    recordQualityTimeWeek(input: $input) {
      week
      offered
      used
    }
  }
`);

const UPTAKE = graphql(`
  query QualityTimeUptake($by: UptakeGrouping!, $from: String!, $to: String!) {
    qualityTimeUptake(by: $by, from: $from, to: $to, granularity: YEAR) {
      group
      period
      offered
      used
      uptake
    }
  }
`);

/** The reference uptake Esther's Quality Time is compared with (docs/improvement-work.md). */
const REFERENCE = 0.78;

function monday(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

/** Quality Time: units record sessions offered and used each week; uptake against the 78 % reference. */
export default function QualityTimePage() {
  const { t, i18n } = useTranslation();
  const staff = useMay('unitStaff');
  const { session } = useSession();
  const unit = useSignedInUnit();
  const directory = useDirectory();
  const [form, setForm] = useState({ week: monday(today()), offered: '', used: '' });
  const record = useSave(RECORD_WEEK);
  const [by, setBy] = useState<UptakeGrouping>('UNIT');
  const year = today().slice(0, 4);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: UPTAKE,
    // To the year's end, not today: a week counts from its Thursday, which on Monday to Wednesday
    // is still ahead, and the week a unit has just recorded must show.
    variables: { by, from: `${year}-01-01`, to: `${year}-12-31` },
  });
  const send = async (event: FormEvent) => {
    event.preventDefault();
    const input = {
      careLinkId: session.careLinkId,
      week: monday(form.week),
      offered: Number(form.offered),
      used: Number(form.used),
    };
    if (await record.run({ input })) refetch({ requestPolicy: 'network-only' });
  };
  const name = (group: string) =>
    group === 'network'
      ? t('qualityTime.network')
      : by === 'UNIT'
        ? directory.careLink(group)
        : directory.organisation(group);
  const percent = (v: number) => `${formatNumber(100 * v, i18n.language, 0)} %`;
  return (
    <section aria-labelledby="quality-title">
      <h1 id="quality-title">{t('qualityTime.title')}</h1>
      <p>{t('qualityTime.intro', { reference: percent(REFERENCE) })}</p>
      {staff && (
        <form className="card" onSubmit={send} aria-labelledby="quality-record-title">
          <h2 id="quality-record-title">{t('qualityTime.record', { careLink: unit })}</h2>
          <div className="field">
            <label htmlFor="quality-week">{t('qualityTime.week')}</label>
            <input
              id="quality-week"
              type="date"
              required
              value={form.week}
              onChange={(e) => setForm({ ...form, week: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor="quality-offered">{t('qualityTime.offered')}</label>
            <input
              id="quality-offered"
              type="number"
              min={0}
              required
              value={form.offered}
              onChange={(e) => setForm({ ...form, offered: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor="quality-used">{t('qualityTime.used')}</label>
            <input
              id="quality-used"
              type="number"
              min={0}
              required
              value={form.used}
              onChange={(e) => setForm({ ...form, used: e.target.value })}
            />
          </div>
          <button type="submit" disabled={record.fetching}>
            {t('qualityTime.save')}
          </button>
          {record.status}
        </form>
      )}
      <h2 id="uptake-title">{t('qualityTime.uptake', { year })}</h2>
      <div className="field inline">
        <label htmlFor="uptake-by">{t('qualityTime.by')}</label>
        <select id="uptake-by" value={by} onChange={(e) => setBy(e.target.value as UptakeGrouping)}>
          {(['UNIT', 'ORGANISATION', 'NETWORK'] as const).map((g) => (
            <option key={g} value={g}>
              {t(`qualityTime.groupings.${g}`)}
            </option>
          ))}
        </select>
      </div>
      {error && <ErrorMessage error={error} />}
      {fetching && !data && <Loading />}
      {data &&
        (data.qualityTimeUptake.length === 0 ? (
          <Empty>{t('qualityTime.empty')}</Empty>
        ) : (
          <table aria-labelledby="uptake-title">
            <thead>
              <tr>
                <th scope="col">{t('qualityTime.group')}</th>
                <th scope="col" className="number">
                  {t('qualityTime.offered')}
                </th>
                <th scope="col" className="number">
                  {t('qualityTime.used')}
                </th>
                <th scope="col" className="number">
                  {t('qualityTime.uptakeColumn')}
                </th>
                <th scope="col">{t('qualityTime.againstReference')}</th>
              </tr>
            </thead>
            <tbody>
              {data.qualityTimeUptake.map((u) => (
                <tr key={`${u.group}-${u.period}`}>
                  <th scope="row">{name(u.group)}</th>
                  <td className="number">{u.offered}</td>
                  <td className="number">{u.used}</td>
                  <td className="number">
                    {u.uptake === null || u.uptake === undefined ? '–' : percent(u.uptake)}
                  </td>
                  <td>
                    {u.uptake === null || u.uptake === undefined
                      ? t('qualityTime.nothingOffered')
                      : u.uptake >= REFERENCE
                        ? t('qualityTime.atOrAbove')
                        : t('qualityTime.below')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
    </section>
  );
}
