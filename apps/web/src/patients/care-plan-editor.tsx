import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation, type CombinedError } from 'urql';
import { ConflictChoice } from '../forms/conflict-choice';
import { describedBy, Field } from '../forms/field';
import { refusalOf } from '../forms/refusals';
import { graphql } from '../graphql/generated';
import { ErrorMessage } from '../layout/states';
import { CareLinkOptions } from './care-link-choices';
import { contentOf, draftOf, problemsOf, type Draft, type PlanContent } from './care-plan-draft';
import { CarePlanView, CURRENT_CARE_PLAN } from './care-plan';
import { CarePlanRows } from './care-plan-rows';

const SAVE = graphql(`
  mutation SaveCarePlan($input: SaveCarePlanInput!) {
    saveCarePlan(input: $input) {
      version
    }
  }
`);

const availability = ['day', 'night', 'day-and-night'] as const;

interface Props {
  patientId: string;
  plan: (PlanContent & { version: number }) | null;
  onSaved(version: number): void;
  onCancel(): void;
}

/** The SIP editor: the whole plan, saved as a new version against the version it was opened on. */
export function CarePlanEditor({ patientId, plan, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const client = useClient();
  const [draft, setDraft] = useState<Draft>(() => draftOf(plan));
  const [base, setBase] = useState(plan?.version ?? 0);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [theirs, setTheirs] = useState<(PlanContent & { version: number }) | null>(null);
  const [refused, setRefused] = useState<CombinedError | null>(null);
  const [saving, save] = useMutation(SAVE);
  // A message stands until the user changes the plan; then it is checked again on save.
  const change = (next: Partial<Draft>) => {
    setDraft({ ...draft, ...next });
    setProblems({});
  };

  const send = async (baseVersion: number) => {
    const result = await save({ input: { patientId, baseVersion, ...contentOf(draft) } });
    setRefused(null);
    if (result.data) return onSaved(result.data.saveCarePlan.version);
    if (!result.error) return;
    const refusal = refusalOf(result.error);
    if (refusal.kind === 'invalid') return setProblems(refusal.fields);
    if (refusal.kind === 'other') return setRefused(result.error);
    const latest = await client
      .query(CURRENT_CARE_PLAN, { id: patientId }, { requestPolicy: 'network-only' })
      .toPromise();
    setTheirs(latest.data?.currentCarePlan ?? null);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = problemsOf(draft);
    setProblems(Object.fromEntries(Object.entries(found).map(([k, v]) => [k, t(v ?? '')])));
    if (Object.keys(found).length === 0) void send(base);
  };

  if (theirs) {
    return (
      <ConflictChoice
        theirs={<CarePlanView plan={theirs} />}
        mine={<CarePlanView plan={{ ...contentOf(draft) }} />}
        onReload={() => {
          setDraft(draftOf(theirs));
          setBase(theirs.version);
          setTheirs(null);
        }}
        onOverwrite={() => {
          setBase(theirs.version);
          setTheirs(null);
          void send(theirs.version);
        }}
      />
    );
  }

  return (
    <form className="editor" onSubmit={submit} noValidate aria-label={t('carePlanEditor.title')}>
      <CarePlanRows
        legend={t('carePlan.goals')}
        rows={draft.goals}
        onChange={(goals) => change({ goals })}
        blank=""
        addLabel={t('carePlanEditor.addGoal')}
        nameOf={(i) => t('carePlanEditor.goal', { n: i + 1 })}
        keep={1}
        intro={
          <p className="hint" id="goals-hint">
            {t('carePlanEditor.goalsHint')}
          </p>
        }
        outro={
          problems.goals && (
            <p className="field-error" id="goals-error">
              {problems.goals}
            </p>
          )
        }
      >
        {(goal, i, set) => (
          <>
            <label htmlFor={`goal-${i}`}>{t('carePlanEditor.goal', { n: i + 1 })}</label>
            <input
              id={`goal-${i}`}
              value={goal}
              onChange={(e) => set(e.target.value)}
              {...describedBy('goals', problems.goals, 'hint')}
            />
          </>
        )}
      </CarePlanRows>

      <CarePlanRows
        legend={t('carePlan.actions')}
        rows={draft.actions}
        onChange={(actions) => change({ actions })}
        blank={{ description: '', responsibleCareLinkId: '', dueDate: '' }}
        addLabel={t('carePlanEditor.addAction')}
        nameOf={(i) => t('carePlanEditor.actionN', { n: i + 1 })}
        group
      >
        {(a, i, set) => (
          <>
            <Field
              id={`action-${i}`}
              label={t('carePlanEditor.actionN', { n: i + 1 })}
              error={problems[`actions.${i}`]}
            >
              <input
                id={`action-${i}`}
                value={a.description}
                onChange={(e) => set({ ...a, description: e.target.value })}
                {...describedBy(`action-${i}`, problems[`actions.${i}`])}
              />
            </Field>
            <Field id={`action-${i}-responsible`} label={t('carePlan.responsible')}>
              <select
                id={`action-${i}-responsible`}
                value={a.responsibleCareLinkId}
                onChange={(e) => set({ ...a, responsibleCareLinkId: e.target.value })}
              >
                <CareLinkOptions />
              </select>
            </Field>
            <Field id={`action-${i}-due`} label={t('carePlan.due')}>
              <input
                id={`action-${i}-due`}
                type="date"
                value={a.dueDate}
                onChange={(e) => set({ ...a, dueDate: e.target.value })}
              />
            </Field>
          </>
        )}
      </CarePlanRows>

      <CarePlanRows
        legend={t('carePlan.contacts')}
        rows={draft.contacts}
        onChange={(contacts) => change({ contacts })}
        blank={{ description: '', phone: '', available: 'day' }}
        addLabel={t('carePlanEditor.addContact')}
        nameOf={(i) => t('carePlanEditor.contactN', { n: i + 1 })}
        group
        outro={problems.contacts && <p className="field-error">{problems.contacts}</p>}
      >
        {(c, i, set) => (
          <>
            <Field
              id={`contact-${i}`}
              label={t('carePlanEditor.contactN', { n: i + 1 })}
              error={problems[`contacts.${i}`]}
            >
              <input
                id={`contact-${i}`}
                value={c.description}
                onChange={(e) => set({ ...c, description: e.target.value })}
                {...describedBy(`contact-${i}`, problems[`contacts.${i}`])}
              />
            </Field>
            <Field id={`contact-${i}-phone`} label={t('carePlanEditor.phone')}>
              <input
                id={`contact-${i}-phone`}
                type="tel"
                value={c.phone}
                onChange={(e) => set({ ...c, phone: e.target.value })}
              />
            </Field>
            <Field id={`contact-${i}-available`} label={t('carePlanEditor.available')}>
              <select
                id={`contact-${i}-available`}
                value={c.available}
                onChange={(e) => set({ ...c, available: e.target.value })}
              >
                {availability.map((a) => (
                  <option key={a} value={a}>
                    {t(`carePlan.available.${a}`)}
                  </option>
                ))}
              </select>
            </Field>
          </>
        )}
      </CarePlanRows>

      <CarePlanRows
        legend={t('carePlan.followUps')}
        rows={draft.followUps}
        onChange={(followUps) => change({ followUps })}
        blank={{ description: '', careLinkId: '', at: '' }}
        addLabel={t('carePlanEditor.addFollowUp')}
        nameOf={(i) => t('carePlanEditor.followUpN', { n: i + 1 })}
        group
      >
        {(f, i, set) => (
          <>
            <Field
              id={`follow-up-${i}`}
              label={t('carePlanEditor.followUpN', { n: i + 1 })}
              error={problems[`followUps.${i}`]}
            >
              <input
                id={`follow-up-${i}`}
                value={f.description}
                onChange={(e) => set({ ...f, description: e.target.value })}
                {...describedBy(`follow-up-${i}`, problems[`followUps.${i}`])}
              />
            </Field>
            <Field id={`follow-up-${i}-link`} label={t('carePlanEditor.where')}>
              <select
                id={`follow-up-${i}-link`}
                value={f.careLinkId}
                onChange={(e) => set({ ...f, careLinkId: e.target.value })}
              >
                <CareLinkOptions />
              </select>
            </Field>
            <Field id={`follow-up-${i}-at`} label={t('carePlanEditor.when')}>
              <input
                id={`follow-up-${i}-at`}
                type="datetime-local"
                value={f.at}
                onChange={(e) => set({ ...f, at: e.target.value })}
              />
            </Field>
          </>
        )}
      </CarePlanRows>

      <CarePlanRows
        legend={t('carePlan.recommendations')}
        rows={draft.recommendations}
        onChange={(recommendations) => change({ recommendations })}
        blank=""
        addLabel={t('carePlanEditor.addRecommendation')}
        nameOf={(i) => t('carePlanEditor.recommendationN', { n: i + 1 })}
      >
        {(r, i, set) => (
          <>
            <label htmlFor={`recommendation-${i}`}>{t('carePlanEditor.recommendationN', { n: i + 1 })}</label>
            <input id={`recommendation-${i}`} value={r} onChange={(e) => set(e.target.value)} />
          </>
        )}
      </CarePlanRows>

      {refused && <ErrorMessage error={refused} />}
      <div className="actions">
        <button type="submit" disabled={saving.fetching}>
          {saving.fetching ? t('forms.saving') : t('carePlanEditor.save')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('forms.cancel')}
        </button>
      </div>
    </form>
  );
}
