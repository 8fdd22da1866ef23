import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, type CombinedError } from 'urql';
import { ConflictChoice } from '../forms/conflict-choice';
import { describedBy, Field } from '../forms/field';
import { refusalOf } from '../forms/refusals';
import { graphql } from '../graphql/generated';
import type { MedicationChangeInput } from '../graphql/generated/graphql';
import { ErrorMessage } from '../layout/states';

const CHANGE = graphql(`
  mutation ChangeMedicineList($input: ChangeMedicineListInput!) {
    changeMedicineList(input: $input) {
      listVersion
    }
  }
`);

export interface Listed {
  text: string;
  dose?: string | null;
  route?: string | null;
  frequency?: string | null;
  coding: readonly { system: string; code: string }[];
}

const actions = ['added', 'dose-changed', 'stopped'] as const;

/** The change that takes one back: an addition is stopped, a stop restarted, a dose set back. */
function undoOf(
  change: MedicationChangeInput,
  before: Listed | undefined,
  reason: string,
): MedicationChangeInput {
  if (change.action === 'added') return { action: 'stopped', medication: change.medication, reason };
  const { text, coding, dose, route, frequency } = before ?? { text: change.medication.text, coding: [] };
  return {
    action: change.action === 'stopped' ? 'added' : 'dose-changed',
    medication: { text, coding: coding.map(({ system, code }) => ({ system, code })) },
    dose,
    route,
    frequency,
    reason,
  };
}

interface Props {
  patientId: string;
  listVersion: number;
  medications: readonly Listed[];
  onSaved(listVersion: number): void;
  reload(): void;
}

/** A change to the shared medicine list, always with its reason, made against the list as seen. */
export function MedicineChangeForm({ patientId, listVersion, medications, onSaved, reload }: Props) {
  const { t } = useTranslation();
  const [action, setAction] = useState<(typeof actions)[number]>('added');
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState('');
  const [dose, setDose] = useState('');
  const [route, setRoute] = useState('');
  const [frequency, setFrequency] = useState('');
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [refused, setRefused] = useState<CombinedError | null>(null);
  const [conflicting, setConflicting] = useState<MedicationChangeInput | null>(null);
  const [undoable, setUndoable] = useState<MedicationChangeInput | null>(null);
  const [, change] = useMutation(CHANGE);

  const send = async (input: MedicationChangeInput, version: number, before?: Listed) => {
    const result = await change({ input: { patientId, listVersion: version, changes: [input] } });
    setRefused(null);
    if (result.data) {
      setProblems({});
      for (const clear of [setText, setChosen, setDose, setRoute, setFrequency, setReason]) clear('');
      setConflicting(null);
      setUndoable(undoOf(input, before, t('medicines.undoReason')));
      return onSaved(result.data.changeMedicineList.listVersion);
    }
    if (!result.error) return;
    const refusal = refusalOf(result.error);
    if (refusal.kind === 'conflict') {
      setConflicting(input);
      reload();
    } else if (refusal.kind === 'invalid') setProblems(refusal.fields);
    else setRefused(result.error);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const existing = action === 'added' ? undefined : medications.find((m) => m.text === chosen);
    const found: Record<string, string> = {};
    if (action === 'added' ? !text.trim() : !existing) found.medication = t('medicines.medicationMissing');
    if (action !== 'stopped' && !dose.trim()) found.dose = t('medicines.doseMissing');
    if (!reason.trim()) found.reason = t('medicines.reasonMissing');
    setProblems(found);
    if (Object.keys(found).length) return;
    const medication = existing
      ? { text: existing.text, coding: existing.coding.map(({ system, code }) => ({ system, code })) }
      : { text: text.trim() };
    const input: MedicationChangeInput = {
      action,
      medication,
      reason: reason.trim(),
      ...(action !== 'stopped' && {
        dose: dose.trim(),
        route: route.trim() || null,
        frequency: frequency.trim() || null,
      }),
    };
    void send(input, listVersion, existing);
  };

  const describe = (c: MedicationChangeInput) =>
    `${t(`medicines.actions.${c.action}`)}: ${c.medication.text}${c.dose ? `, ${c.dose}` : ''}${c.frequency ? `, ${c.frequency}` : ''} (${c.reason ?? ''})`;

  if (conflicting) {
    return (
      <ConflictChoice
        theirs={
          <ul>
            {medications.map((m) => (
              <li key={m.text}>
                {m.text}
                {m.dose ? `, ${m.dose}` : ''}
                {m.frequency ? `, ${m.frequency}` : ''}
              </li>
            ))}
          </ul>
        }
        mine={<p>{describe(conflicting)}</p>}
        onReload={() => setConflicting(null)}
        onOverwrite={() => void send(conflicting, listVersion)}
      />
    );
  }

  return (
    <form className="editor" onSubmit={submit} noValidate aria-label={t('medicines.formTitle')}>
      <h3>{t('medicines.formTitle')}</h3>
      <Field id="med-action" label={t('medicines.action')}>
        <select id="med-action" value={action} onChange={(e) => setAction(e.target.value as typeof action)}>
          {actions.map((a) => (
            <option key={a} value={a}>
              {t(`medicines.actions.${a}`)}
            </option>
          ))}
        </select>
      </Field>
      {action === 'added' ? (
        <Field id="med-text" label={t('medicines.medication')} error={problems.medication}>
          <input
            id="med-text"
            value={text}
            onChange={(e) => setText(e.target.value)}
            {...describedBy('med-text', problems.medication)}
          />
        </Field>
      ) : (
        <Field id="med-chosen" label={t('medicines.medication')} error={problems.medication}>
          <select
            id="med-chosen"
            value={chosen}
            onChange={(e) => setChosen(e.target.value)}
            {...describedBy('med-chosen', problems.medication)}
          >
            <option value="">{t('medicines.chooseMedication')}</option>
            {medications.map((m) => (
              <option key={m.text} value={m.text}>
                {m.text}
              </option>
            ))}
          </select>
        </Field>
      )}
      {action !== 'stopped' && (
        <div className="row group">
          <Field id="med-dose" label={t('patient.dose')} error={problems.dose}>
            <input
              id="med-dose"
              value={dose}
              onChange={(e) => setDose(e.target.value)}
              {...describedBy('med-dose', problems.dose)}
            />
          </Field>
          <Field id="med-route" label={t('patient.route')}>
            <input id="med-route" value={route} onChange={(e) => setRoute(e.target.value)} />
          </Field>
          <Field id="med-frequency" label={t('patient.frequency')}>
            <input id="med-frequency" value={frequency} onChange={(e) => setFrequency(e.target.value)} />
          </Field>
        </div>
      )}
      <Field id="med-reason" label={t('medicines.reason')} error={problems.reason ?? problems.changes}>
        <input
          id="med-reason"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          {...describedBy('med-reason', problems.reason ?? problems.changes)}
        />
      </Field>
      {refused && <ErrorMessage error={refused} />}
      <div className="actions">
        <button type="submit">{t('medicines.save')}</button>
        {undoable && (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              const back = undoable;
              setUndoable(null);
              void send(back, listVersion);
            }}
          >
            {t('medicines.undo')}
          </button>
        )}
      </div>
    </form>
  );
}
