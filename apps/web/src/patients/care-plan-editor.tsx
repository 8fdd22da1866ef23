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

  const row = <T,>(list: T[], i: number, value: Partial<T>) =>
    list.map((item, j) => (j === i ? { ...item, ...value } : item));
  const without = <T,>(list: T[], i: number) => list.filter((_, j) => j !== i);

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
      <fieldset>
        <legend>{t('carePlan.goals')}</legend>
        <p className="hint" id="goals-hint">
          {t('carePlanEditor.goalsHint')}
        </p>
        {draft.goals.map((goal, i) => (
          <div className="row" key={i}>
            <label htmlFor={`goal-${i}`}>{t('carePlanEditor.goal', { n: i + 1 })}</label>
            <input
              id={`goal-${i}`}
              value={goal}
              onChange={(e) => change({ goals: draft.goals.map((g, j) => (j === i ? e.target.value : g)) })}
              {...describedBy('goals', problems.goals, 'hint')}
            />
            {draft.goals.length > 1 && (
              <button
                type="button"
                className="secondary"
                onClick={() => change({ goals: without(draft.goals, i) })}
              >
                {t('carePlanEditor.remove', { what: t('carePlanEditor.goal', { n: i + 1 }) })}
              </button>
            )}
          </div>
        ))}
        {problems.goals && (
          <p className="field-error" id="goals-error">
            {problems.goals}
          </p>
        )}
        <button type="button" className="secondary" onClick={() => change({ goals: [...draft.goals, ''] })}>
          {t('carePlanEditor.addGoal')}
        </button>
      </fieldset>

      <fieldset>
        <legend>{t('carePlan.actions')}</legend>
        {draft.actions.map((a, i) => (
          <div className="row group" key={i}>
            <Field
              id={`action-${i}`}
              label={t('carePlanEditor.actionN', { n: i + 1 })}
              error={problems[`actions.${i}`]}
            >
              <input
                id={`action-${i}`}
                value={a.description}
                onChange={(e) => change({ actions: row(draft.actions, i, { description: e.target.value }) })}
                {...describedBy(`action-${i}`, problems[`actions.${i}`])}
              />
            </Field>
            <Field id={`action-${i}-responsible`} label={t('carePlan.responsible')}>
              <select
                id={`action-${i}-responsible`}
                value={a.responsibleCareLinkId}
                onChange={(e) =>
                  change({ actions: row(draft.actions, i, { responsibleCareLinkId: e.target.value }) })
                }
              >
                <CareLinkOptions />
              </select>
            </Field>
            <Field id={`action-${i}-due`} label={t('carePlan.due')}>
              <input
                id={`action-${i}-due`}
                type="date"
                value={a.dueDate}
                onChange={(e) => change({ actions: row(draft.actions, i, { dueDate: e.target.value }) })}
              />
            </Field>
            <button
              type="button"
              className="secondary"
              onClick={() => change({ actions: without(draft.actions, i) })}
            >
              {t('carePlanEditor.remove', { what: t('carePlanEditor.actionN', { n: i + 1 }) })}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="secondary"
          onClick={() =>
            change({
              actions: [...draft.actions, { description: '', responsibleCareLinkId: '', dueDate: '' }],
            })
          }
        >
          {t('carePlanEditor.addAction')}
        </button>
      </fieldset>

      <fieldset>
        <legend>{t('carePlan.contacts')}</legend>
        {draft.contacts.map((c, i) => (
          <div className="row group" key={i}>
            <Field
              id={`contact-${i}`}
              label={t('carePlanEditor.contactN', { n: i + 1 })}
              error={problems[`contacts.${i}`]}
            >
              <input
                id={`contact-${i}`}
                value={c.description}
                onChange={(e) =>
                  change({ contacts: row(draft.contacts, i, { description: e.target.value }) })
                }
                {...describedBy(`contact-${i}`, problems[`contacts.${i}`])}
              />
            </Field>
            <Field id={`contact-${i}-phone`} label={t('carePlanEditor.phone')}>
              <input
                id={`contact-${i}-phone`}
                type="tel"
                value={c.phone}
                onChange={(e) => change({ contacts: row(draft.contacts, i, { phone: e.target.value }) })}
              />
            </Field>
            <Field id={`contact-${i}-available`} label={t('carePlanEditor.available')}>
              <select
                id={`contact-${i}-available`}
                value={c.available}
                onChange={(e) => change({ contacts: row(draft.contacts, i, { available: e.target.value }) })}
              >
                {availability.map((a) => (
                  <option key={a} value={a}>
                    {t(`carePlan.available.${a}`)}
                  </option>
                ))}
              </select>
            </Field>
            <button
              type="button"
              className="secondary"
              onClick={() => change({ contacts: without(draft.contacts, i) })}
            >
              {t('carePlanEditor.remove', { what: t('carePlanEditor.contactN', { n: i + 1 }) })}
            </button>
          </div>
        ))}
        {problems.contacts && <p className="field-error">{problems.contacts}</p>}
        <button
          type="button"
          className="secondary"
          onClick={() =>
            change({ contacts: [...draft.contacts, { description: '', phone: '', available: 'day' }] })
          }
        >
          {t('carePlanEditor.addContact')}
        </button>
      </fieldset>

      <fieldset>
        <legend>{t('carePlan.followUps')}</legend>
        {draft.followUps.map((f, i) => (
          <div className="row group" key={i}>
            <Field
              id={`follow-up-${i}`}
              label={t('carePlanEditor.followUpN', { n: i + 1 })}
              error={problems[`followUps.${i}`]}
            >
              <input
                id={`follow-up-${i}`}
                value={f.description}
                onChange={(e) =>
                  change({ followUps: row(draft.followUps, i, { description: e.target.value }) })
                }
                {...describedBy(`follow-up-${i}`, problems[`followUps.${i}`])}
              />
            </Field>
            <Field id={`follow-up-${i}-link`} label={t('carePlanEditor.where')}>
              <select
                id={`follow-up-${i}-link`}
                value={f.careLinkId}
                onChange={(e) =>
                  change({ followUps: row(draft.followUps, i, { careLinkId: e.target.value }) })
                }
              >
                <CareLinkOptions />
              </select>
            </Field>
            <Field id={`follow-up-${i}-at`} label={t('carePlanEditor.when')}>
              <input
                id={`follow-up-${i}-at`}
                type="datetime-local"
                value={f.at}
                onChange={(e) => change({ followUps: row(draft.followUps, i, { at: e.target.value }) })}
              />
            </Field>
            <button
              type="button"
              className="secondary"
              onClick={() => change({ followUps: without(draft.followUps, i) })}
            >
              {t('carePlanEditor.remove', { what: t('carePlanEditor.followUpN', { n: i + 1 }) })}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="secondary"
          onClick={() =>
            change({ followUps: [...draft.followUps, { description: '', careLinkId: '', at: '' }] })
          }
        >
          {t('carePlanEditor.addFollowUp')}
        </button>
      </fieldset>

      <fieldset>
        <legend>{t('carePlan.recommendations')}</legend>
        {draft.recommendations.map((r, i) => (
          <div className="row" key={i}>
            <label htmlFor={`recommendation-${i}`}>{t('carePlanEditor.recommendationN', { n: i + 1 })}</label>
            <input
              id={`recommendation-${i}`}
              value={r}
              onChange={(e) =>
                change({
                  recommendations: draft.recommendations.map((x, j) => (j === i ? e.target.value : x)),
                })
              }
            />
          </div>
        ))}
        <button
          type="button"
          className="secondary"
          onClick={() => change({ recommendations: [...draft.recommendations, ''] })}
        >
          {t('carePlanEditor.addRecommendation')}
        </button>
      </fieldset>

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
