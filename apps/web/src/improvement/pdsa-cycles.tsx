import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { today } from '../coach/dates';
import { formatDay } from '../coach/dates';
import { useSave } from '../coach/save';
import { PLAN_CYCLE, RECORD_OUTCOME } from './operations';

interface Cycle {
  cycleId: string;
  number: number;
  change: string;
  plan: string;
  prediction: string;
  startsOn: string;
  endsOn?: string | null;
  doNote?: string | null;
  study?: string | null;
  act?: string | null;
  actNote?: string | null;
}

/** Plan, Do, Study, Act: each cycle with its prediction and what came of it; coaches plan and record. */
export function PdsaCycles({
  projectId,
  cycles,
  editable,
  onChange,
}: {
  projectId: string;
  cycles: Cycle[];
  editable: boolean;
  onChange(): void;
}) {
  const { t, i18n } = useTranslation();
  const [plan, setPlan] = useState({ change: '', plan: '', prediction: '', startsOn: today() });
  const planning = useSave(PLAN_CYCLE);
  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (await planning.run({ projectId, input: plan })) {
      setPlan({ change: '', plan: '', prediction: '', startsOn: today() });
      onChange();
    }
  };
  return (
    <section aria-labelledby="pdsa-title">
      <h2 id="pdsa-title">{t('improvement.pdsa.title')}</h2>
      {cycles.length === 0 && <p className="state empty">{t('improvement.pdsa.none')}</p>}
      <ol className="cards">
        {cycles.map((c) => (
          <li key={c.cycleId} className="card">
            <h3>{t('improvement.pdsa.cycle', { number: c.number, change: c.change })}</h3>
            <dl>
              <dt>{t('improvement.pdsa.plan')}</dt>
              <dd>{c.plan}</dd>
              <dt>{t('improvement.pdsa.prediction')}</dt>
              <dd>{c.prediction}</dd>
              <dt>{t('improvement.pdsa.period')}</dt>
              <dd>
                {formatDay(c.startsOn, i18n.language)} –{' '}
                {c.endsOn ? formatDay(c.endsOn, i18n.language) : t('improvement.pdsa.ongoing')}
              </dd>
              {c.act && (
                <>
                  <dt>{t('improvement.pdsa.do')}</dt>
                  <dd>{c.doNote}</dd>
                  <dt>{t('improvement.pdsa.study')}</dt>
                  <dd>{c.study}</dd>
                  <dt>{t('improvement.pdsa.act')}</dt>
                  <dd>
                    {t(`improvement.pdsa.acts.${c.act}`, { defaultValue: c.act })}: {c.actNote}
                  </dd>
                </>
              )}
            </dl>
            {editable && !c.act && <OutcomeForm cycle={c} onSaved={onChange} />}
          </li>
        ))}
      </ol>
      {editable && (
        <form className="card" onSubmit={send} aria-labelledby="plan-title">
          <h3 id="plan-title">{t('improvement.pdsa.planNew')}</h3>
          {(['change', 'plan', 'prediction'] as const).map((key) => (
            <div className="field" key={key}>
              <label htmlFor={`pdsa-${key}`}>{t(`improvement.pdsa.${key}`)}</label>
              <textarea
                id={`pdsa-${key}`}
                required
                value={plan[key]}
                onChange={(e) => setPlan({ ...plan, [key]: e.target.value })}
              />
            </div>
          ))}
          <div className="field">
            <label htmlFor="pdsa-starts">{t('improvement.pdsa.startsOn')}</label>
            <input
              id="pdsa-starts"
              type="date"
              required
              value={plan.startsOn}
              onChange={(e) => setPlan({ ...plan, startsOn: e.target.value })}
            />
          </div>
          <button type="submit" disabled={planning.fetching}>
            {t('improvement.pdsa.planButton')}
          </button>
          {planning.status}
        </form>
      )}
    </section>
  );
}

function OutcomeForm({ cycle, onSaved }: { cycle: Cycle; onSaved(): void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ endsOn: today(), doNote: '', study: '', act: 'adopt', actNote: '' });
  const recording = useSave(RECORD_OUTCOME);
  const id = (name: string) => `outcome-${cycle.number}-${name}`;
  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (await recording.run({ cycleId: cycle.cycleId, input: form })) onSaved();
  };
  return (
    <form onSubmit={send} aria-label={t('improvement.pdsa.outcomeFor', { number: cycle.number })}>
      {(['doNote', 'study', 'actNote'] as const).map((key) => (
        <div className="field" key={key}>
          <label htmlFor={id(key)}>{t(`improvement.pdsa.${key}`)}</label>
          <textarea
            id={id(key)}
            required
            value={form[key]}
            onChange={(e) => setForm({ ...form, [key]: e.target.value })}
          />
        </div>
      ))}
      <div className="field">
        <label htmlFor={id('act')}>{t('improvement.pdsa.act')}</label>
        <select id={id('act')} value={form.act} onChange={(e) => setForm({ ...form, act: e.target.value })}>
          {['adopt', 'adapt', 'abandon'].map((a) => (
            <option key={a} value={a}>
              {t(`improvement.pdsa.acts.${a}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={id('ends')}>{t('improvement.pdsa.endsOn')}</label>
        <input
          id={id('ends')}
          type="date"
          required
          value={form.endsOn}
          onChange={(e) => setForm({ ...form, endsOn: e.target.value })}
        />
      </div>
      <button type="submit" disabled={recording.fetching}>
        {t('improvement.pdsa.recordOutcome')}
      </button>
      {recording.status}
    </form>
  );
}
