import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props<T> {
  legend: string;
  rows: T[];
  onChange(rows: T[]): void;
  /** The row the add button appends. */
  blank: T;
  addLabel: string;
  /** What row i is called on its remove button, e.g. "Åtgärd 2". */
  nameOf(i: number): string;
  /** How many rows stay however many are removed: a plan keeps at least one goal. */
  keep?: number;
  /** A row of several fields is set off as a group. */
  group?: boolean;
  /** Between the legend and the rows, e.g. a hint. */
  intro?: ReactNode;
  /** Between the rows and the add button, e.g. the list's error. */
  outro?: ReactNode;
  /** Row i's fields; `set` replaces the row. */
  children(row: T, i: number, set: (row: T) => void): ReactNode;
}

/** One list of the SIP (goals, actions, contacts...): its rows, each removable, and a button to add one. */
export function CarePlanRows<T>(props: Props<T>) {
  const { legend, rows, onChange, blank, addLabel, nameOf, keep = 0, group, intro, outro, children } = props;
  const { t } = useTranslation();
  return (
    <fieldset>
      <legend>{legend}</legend>
      {intro}
      {rows.map((row, i) => (
        <div className={group ? 'row group' : 'row'} key={i}>
          {children(row, i, (next) => onChange(rows.map((r, j) => (j === i ? next : r))))}
          {rows.length > keep && (
            <button
              type="button"
              className="secondary"
              onClick={() => onChange(rows.filter((_, j) => j !== i))}
            >
              {t('carePlanEditor.remove', { what: nameOf(i) })}
            </button>
          )}
        </div>
      ))}
      {outro}
      <button type="button" className="secondary" onClick={() => onChange([...rows, blank])}>
        {addLabel}
      </button>
    </fieldset>
  );
}
