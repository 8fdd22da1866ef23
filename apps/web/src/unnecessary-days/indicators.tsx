import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { formatMonth } from '../coach/dates';
import { useDirectory } from '../graphql/directory';
import { formatNumber } from '../i18n/i18n';
import { Empty, ErrorMessage, Loading } from '../layout/states';
import { INDICATORS, NATIONAL_INDICATOR } from './dashboard-query';
import { periodLabel, type Granularity } from './xmr';

/** Admissions, hospital days and handover times beside the unnecessary days, for the same period. */
export function Indicators({
  from,
  to,
  granularity,
}: {
  from: string;
  to: string;
  granularity: Granularity;
}) {
  const { t, i18n } = useTranslation();
  const directory = useDirectory();
  const [{ data, error, fetching }] = useQuery({ query: INDICATORS, variables: { from, to, granularity } });
  const number = (v: number | null | undefined, digits = 0) =>
    v === null || v === undefined ? '–' : formatNumber(v, i18n.language, digits);
  return (
    <section aria-labelledby="indicators-title">
      <h2 id="indicators-title">{t('networkDashboard.indicators')}</h2>
      {error && <ErrorMessage error={error} />}
      {fetching && <Loading />}
      {data && (
        <>
          <details className="values">
            <summary>{t('networkDashboard.admissionsAndDays')}</summary>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('dashboard.period')}</th>
                  <th scope="col" className="number">
                    {t('networkDashboard.admissions')}
                  </th>
                  <th scope="col" className="number">
                    {t('networkDashboard.hospitalDays')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.admissions.map((a, i) => (
                  <tr key={a.period}>
                    <th scope="row">{periodLabel(a.period, granularity, i18n.language)}</th>
                    <td className="number">{number(a.value)}</td>
                    <td className="number">{number(data.hospitalDays[i]?.value)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
          <h3 id="transmission-title">{t('networkDashboard.transmission')}</h3>
          {data.transmissionStatistics.length === 0 ? (
            <Empty>{t('networkDashboard.noTransmission')}</Empty>
          ) : (
            <table aria-labelledby="transmission-title">
              <thead>
                <tr>
                  <th scope="col">{t('networkDashboard.pair')}</th>
                  <th scope="col" className="number">
                    {t('networkDashboard.handovers')}
                  </th>
                  <th scope="col" className="number">
                    {t('networkDashboard.onTarget')}
                  </th>
                  <th scope="col" className="number">
                    {t('networkDashboard.medianSend')}
                  </th>
                  <th scope="col" className="number">
                    {t('networkDashboard.medianAcknowledge')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.transmissionStatistics.map((s) => (
                  <tr key={`${s.sendingCareLinkId}-${s.receivingCareLinkId}`}>
                    <th scope="row">
                      {directory.careLink(s.sendingCareLinkId)} → {directory.careLink(s.receivingCareLinkId)}
                    </th>
                    <td className="number">{number(s.handovers)}</td>
                    <td className="number">
                      {s.shareOnTarget === null || s.shareOnTarget === undefined
                        ? '–'
                        : `${number(100 * s.shareOnTarget)} %`}
                    </td>
                    <td className="number">{number(s.medianMinutesToSend)}</td>
                    <td className="number">{number(s.medianMinutesToAcknowledge)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
      <NationalIndicator initialMonth={to.slice(0, 7)} />
    </section>
  );
}

function NationalIndicator({ initialMonth }: { initialMonth: string }) {
  const { t, i18n } = useTranslation();
  const [month, setMonth] = useState(initialMonth);
  const [{ data, error }] = useQuery({ query: NATIONAL_INDICATOR, variables: { month }, pause: !month });
  const value = data?.nationalIndicator;
  return (
    <>
      <h3>{t('networkDashboard.national')}</h3>
      <div className="field inline">
        <label htmlFor="indicator-month">{t('networkDashboard.month')}</label>
        <input id="indicator-month" type="month" value={month} onChange={(e) => setMonth(e.target.value)} />
      </div>
      {error && <ErrorMessage error={error} />}
      {value && (
        <p aria-live="polite">
          {value.stays === 0
            ? t('networkDashboard.nationalNone', { month: formatMonth(value.month, i18n.language) })
            : t('networkDashboard.nationalValue', {
                month: formatMonth(value.month, i18n.language),
                mean: formatNumber(value.meanDays, i18n.language, 1),
                stays: value.stays,
                days: value.totalDays,
              })}
        </p>
      )}
    </>
  );
}
