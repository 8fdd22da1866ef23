import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useClient, useMutation, useQuery, type CombinedError } from 'urql';
import { ConflictChoice } from '../forms/conflict-choice';
import { describedBy, Field } from '../forms/field';
import { fieldMessages, refusalOf } from '../forms/refusals';
import { graphql } from '../graphql/generated';
import type { HandoverSpecificationsQuery } from '../graphql/generated/graphql';
import { formatDateTime } from '../i18n/i18n';
import { Empty, ErrorMessage, Loading } from '../layout/states';
import { useSession } from '../session/session';
import { useFieldLabel } from './requested-data';
import { documentOf, pathsOf, specificationSections } from './specification-fields';

const SPECIFICATIONS = graphql(`
  query HandoverSpecifications {
    handoverSpecifications(includeHistory: true) {
      specificationId
      version
      name
      trigger
      document
      active
      createdAt
      target {
        kind
        hours
        days
      }
    }
  }
`);
const SAVE = graphql(`
  mutation SaveHandoverSpecification($input: HandoverSpecificationInput!) {
    saveHandoverSpecification(input: $input) {
      specificationId
      version
    }
  }
`);

type Specification = HandoverSpecificationsQuery['handoverSpecifications'][number];
type TargetKind = '' | 'hours' | 'days' | 'end-of-day';

interface Draft {
  specificationId?: string;
  baseVersion: number;
  name: string;
  trigger: string;
  fields: string[];
  targetKind: TargetKind;
  amount: string;
}

const triggers = ['medically-ready', 'discharge', 'admission', 'transfer', 'medication-change'];
const targetKinds: TargetKind[] = ['', 'hours', 'days', 'end-of-day'];
const blank: Draft = {
  baseVersion: 0,
  name: '',
  trigger: 'medically-ready',
  fields: [],
  targetKind: '',
  amount: '',
};

const draftOf = (s: Specification): Draft => ({
  specificationId: s.specificationId,
  baseVersion: s.version,
  name: s.name,
  trigger: s.trigger,
  fields: pathsOf(s.document),
  targetKind: s.target.kind as TargetKind,
  amount: String(s.target.kind === 'hours' ? (s.target.hours ?? '') : (s.target.days ?? '')),
});

// A new specification's id: the unit's, then its name without accents, so it reads in the API too.
const newId = (careLinkId: string, name: string) =>
  `${careLinkId}.${name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()}`.slice(0, 128);

/** A path as the planner reads it: the labels below its section, a list's text named by the list. */
function useFieldName() {
  const label = useFieldLabel();
  return (path: string) => {
    const parts = path.split('.').slice(2);
    const shown = parts.length > 1 && parts.at(-1) === 'text' ? parts.slice(0, -1) : parts;
    return (shown.length ? shown : path.split('.').slice(1)).map(label).join(' › ');
  };
}

/**
 * What a receiving unit needs from the sender when something happens to a patient: it ticks the
 * record's fields by their Swedish names and sets how soon they must arrive. Each save is a new
 * version; saving over someone else's newer version asks first.
 */
export function SpecificationsPage() {
  const { t } = useTranslation();
  const [{ data, error, fetching }, refetch] = useQuery({
    query: SPECIFICATIONS,
    requestPolicy: 'cache-and-network',
  });
  const [draft, setDraft] = useState<Draft>();
  const all = data?.handoverSpecifications ?? [];
  const current = all.filter((s) => s.active);

  return (
    <section aria-labelledby="specifications-title">
      <p>
        <Link to="/inbox">{t('inbox.back')}</Link>
      </p>
      <h1 id="specifications-title">{t('specifications.title')}</h1>
      <p>{t('specifications.intro')}</p>
      {error && <ErrorMessage error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />}
      {fetching && !data && <Loading />}
      {data && current.length === 0 && <Empty>{t('specifications.empty')}</Empty>}
      {current.length > 0 && (
        <table>
          <caption className="visually-hidden">{t('specifications.current')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('specifications.name')}</th>
              <th scope="col">{t('specifications.trigger')}</th>
              <th scope="col">{t('specifications.target.label')}</th>
              <th scope="col">{t('specifications.version')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('specifications.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {current.map((s) => (
              <tr key={s.specificationId}>
                <th scope="row">{s.name}</th>
                <td>{t(`triggers.${s.trigger}`, { defaultValue: s.trigger })}</td>
                <td>
                  <TargetText target={s.target} />
                </td>
                <td>{s.version}</td>
                <td>
                  <button
                    type="button"
                    className="secondary"
                    aria-label={t('specifications.changeNamed', { name: s.name })}
                    onClick={() => setDraft(draftOf(s))}
                  >
                    {t('specifications.change')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!draft && (
        <button type="button" onClick={() => setDraft(blank)}>
          {t('specifications.new')}
        </button>
      )}
      {draft && (
        <SpecificationForm
          key={`${draft.specificationId ?? 'new'}@${draft.baseVersion}`}
          initial={draft}
          all={all}
          onSaved={() => refetch({ requestPolicy: 'network-only' })}
          onClose={() => setDraft(undefined)}
        />
      )}
    </section>
  );
}

function TargetText({ target }: { target: Specification['target'] }) {
  const { t } = useTranslation();
  if (target.kind === 'hours') return <>{t('specifications.target.inHours', { count: target.hours ?? 0 })}</>;
  if (target.kind === 'days') return <>{t('specifications.target.inDays', { count: target.days ?? 0 })}</>;
  if (target.kind === 'end-of-day')
    return <>{t('specifications.target.endOfDay', { count: target.days ?? 0 })}</>;
  return <>{target.kind}</>;
}

function SpecificationForm({
  initial,
  all,
  onSaved,
  onClose,
}: {
  initial: Draft;
  all: readonly Specification[];
  onSaved(): void;
  onClose(): void;
}) {
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  const label = useFieldLabel();
  const fieldName = useFieldName();
  const [draft, setDraft] = useState(initial);
  const versions = all.filter((s) => s.specificationId === draft.specificationId);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [refused, setRefused] = useState<CombinedError>();
  const [conflict, setConflict] = useState<Specification>();
  const [saved, setSaved] = useState<number>();
  const [{ fetching: saving }, save] = useMutation(SAVE);
  const client = useClient();
  const change = (next: Partial<Draft>) => {
    setDraft({ ...draft, ...next });
    setSaved(undefined);
  };
  const toggle = (path: string, on: boolean) =>
    change({ fields: on ? [...draft.fields, path] : draft.fields.filter((f) => f !== path) });

  const send = async (base: number) => {
    const specificationId = draft.specificationId ?? newId(session.careLinkId, draft.name);
    const amount = Number(draft.amount);
    const result = await save({
      input: {
        specificationId,
        baseVersion: base,
        name: draft.name.trim(),
        trigger: draft.trigger,
        document: documentOf(draft.fields),
        target: draft.targetKind
          ? {
              kind: draft.targetKind,
              ...(draft.targetKind === 'hours' ? { hours: amount } : { days: amount }),
            }
          : null,
      },
    });
    setRefused(undefined);
    if (result.data) {
      const { version } = result.data.saveHandoverSpecification;
      setConflict(undefined);
      setProblems({});
      setDraft({ ...draft, specificationId, baseVersion: version });
      setSaved(version);
      onSaved();
      return;
    }
    if (!result.error) return;
    const refusal = refusalOf(result.error);
    if (refusal.kind === 'conflict') {
      const fresh = await client.query(SPECIFICATIONS, {}, { requestPolicy: 'network-only' }).toPromise();
      const theirs = (fresh.data?.handoverSpecifications ?? [])
        .filter((v) => v.specificationId === specificationId)
        .sort((a, b) => b.version - a.version)[0];
      onSaved();
      if (theirs) setConflict(theirs);
      else setRefused(result.error);
    } else if (refusal.kind === 'invalid') {
      setProblems(fieldMessages(refusal.fields, t, 'specifications.refused'));
    } else setRefused(result.error);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!draft.name.trim()) found.name = t('specifications.refused.name');
    if (draft.fields.length === 0) found.document = t('specifications.refused.document');
    if (draft.targetKind && !(Number.isInteger(Number(draft.amount)) && draft.amount !== ''))
      found.target = t('specifications.refused.target');
    setProblems(found);
    if (Object.keys(found).length === 0) void send(draft.baseVersion);
  };

  const fieldList = (paths: readonly string[]) => (
    <ul className="plain">
      {paths.map((p) => (
        <li key={p}>{fieldName(p)}</li>
      ))}
    </ul>
  );

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-labelledby="specification-form-title"
      className="panel specification-form"
    >
      <h2 id="specification-form-title">
        {draft.specificationId
          ? t('specifications.editing', { name: draft.name, version: draft.baseVersion })
          : t('specifications.new')}
      </h2>
      <Field id="spec-name" label={t('specifications.name')} error={problems.name}>
        <input
          id="spec-name"
          value={draft.name}
          onChange={(e) => change({ name: e.target.value })}
          {...describedBy('spec-name', problems.name)}
        />
      </Field>
      <Field id="spec-trigger" label={t('specifications.trigger')} error={problems.trigger}>
        <select
          id="spec-trigger"
          value={draft.trigger}
          onChange={(e) => change({ trigger: e.target.value })}
          {...describedBy('spec-trigger', problems.trigger)}
        >
          {triggers.map((trigger) => (
            <option key={trigger} value={trigger}>
              {t(`triggers.${trigger}`)}
            </option>
          ))}
        </select>
      </Field>
      <div className={problems.document ? 'field invalid' : 'field'}>
        <p className="field-label" id="spec-fields-label">
          {t('specifications.fields')}
        </p>
        <p className="hint" id="spec-fields-hint">
          {t('specifications.fieldsHint')}
        </p>
        {specificationSections.map((section) => (
          <fieldset
            key={section.key}
            className="field-choices"
            aria-describedby={problems.document ? 'spec-fields-error' : 'spec-fields-hint'}
          >
            <legend>{label(section.key)}</legend>
            {section.fields.map((path) => (
              <label key={path} className="check">
                <input
                  type="checkbox"
                  checked={draft.fields.includes(path)}
                  onChange={(e) => toggle(path, e.target.checked)}
                />
                {fieldName(path)}
              </label>
            ))}
          </fieldset>
        ))}
        {problems.document && (
          <p className="field-error" id="spec-fields-error">
            {problems.document}
          </p>
        )}
      </div>
      <Field
        id="spec-target"
        label={t('specifications.target.label')}
        hint={t('specifications.target.hint')}
        error={draft.targetKind ? undefined : problems.target}
      >
        <select
          id="spec-target"
          value={draft.targetKind}
          onChange={(e) => change({ targetKind: e.target.value as TargetKind })}
          {...describedBy('spec-target', draft.targetKind ? undefined : problems.target, 'hint')}
        >
          {targetKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`specifications.target.kinds.${kind || 'default'}`)}
            </option>
          ))}
        </select>
      </Field>
      {draft.targetKind && (
        <Field
          id="spec-amount"
          label={t(`specifications.target.amount.${draft.targetKind}`)}
          error={problems.target}
        >
          <input
            id="spec-amount"
            type="number"
            min={draft.targetKind === 'hours' ? 1 : 0}
            inputMode="numeric"
            value={draft.amount}
            onChange={(e) => change({ amount: e.target.value })}
            {...describedBy('spec-amount', problems.target)}
          />
        </Field>
      )}
      {problems.form && <p className="field-error">{problems.form}</p>}
      {conflict && (
        <ConflictChoice
          theirs={
            <>
              <p>
                {t('specifications.versionSaved', {
                  version: conflict.version,
                  at: formatDateTime(conflict.createdAt, i18n.language),
                })}
              </p>
              {fieldList(pathsOf(conflict.document))}
            </>
          }
          mine={fieldList(draft.fields)}
          onReload={() => {
            setDraft(draftOf(conflict));
            setConflict(undefined);
          }}
          onOverwrite={() => void send(conflict.version)}
        />
      )}
      <div className="actions">
        <button type="submit" disabled={saving}>
          {saving ? t('forms.saving') : t('specifications.save')}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          {t('forms.cancel')}
        </button>
      </div>
      <p className="save-state" role="status">
        {saved !== undefined ? t('specifications.saved', { version: saved }) : ''}
      </p>
      {refused && <ErrorMessage error={refused} />}
      {versions.length > 1 && (
        <section aria-labelledby="spec-versions">
          <h3 id="spec-versions">{t('specifications.versions')}</h3>
          <ol className="plain">
            {[...versions]
              .sort((a, b) => b.version - a.version)
              .map((v) => (
                <li key={v.version}>
                  {t('specifications.versionSaved', {
                    version: v.version,
                    at: formatDateTime(v.createdAt, i18n.language),
                  })}
                </li>
              ))}
          </ol>
        </section>
      )}
    </form>
  );
}
