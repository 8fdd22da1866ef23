import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/i18n';
import { Empty } from '../layout/states';

export interface KeyValue {
  key: string;
  value: number;
}

/** One breakdown as a table with proportional bars: readable at a glance and by a screen reader. */
export function Breakdown({
  id,
  title,
  items,
  name,
}: {
  id: string;
  title: string;
  items: KeyValue[];
  name(key: string): string;
}) {
  const { t, i18n } = useTranslation();
  const largest = Math.max(1, ...items.map((i) => i.value));
  return (
    <section className="breakdown" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {items.length === 0 ? (
        <Empty>{t('dashboard.breakdownEmpty')}</Empty>
      ) : (
        <table>
          <tbody>
            {items.map((item) => (
              <tr key={item.key}>
                <th scope="row">{name(item.key)}</th>
                <td className="bar-cell">
                  <span
                    className="bar"
                    style={{ width: `${(100 * item.value) / largest}%` }}
                    aria-hidden="true"
                  />
                </td>
                <td className="number">{formatNumber(item.value, i18n.language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
