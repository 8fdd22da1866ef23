import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation, useQuery, type CombinedError } from 'urql';
import { ConflictChoice } from '../forms/conflict-choice';
import { describedBy, Field } from '../forms/field';
import { fieldMessages, refusalOf } from '../forms/refusals';
import { useFocusAnswer } from '../forms/use-focus-answer';
import { graphql } from '../graphql/generated';
import type { EhrConnectionSettingsQuery } from '../graphql/generated/graphql';
import { formatDateTime } from '../i18n/i18n';
import { Empty, ErrorMessage, Loading } from '../layout/states';
import { useSession } from '../session/session';

const SETTINGS = graphql(`
  query EhrConnectionSettings {
    ehrConnectionSettings {
      connectionId
      baseUrl
      careLinkIds
      enabled
      version
      updatedAt
      updatedBy
    }
  }
`);
const ADD = graphql(`
  mutation AddEhrConnection($input: EhrConnectionInput!) {
    addEhrConnection(input: $input) {
      connectionId
      version
    }
  }
`);
const PAUSE = graphql(`
  mutation PauseEhrConnection($connectionId: String!, $expectedVersion: Int!) {
    pauseEhrConnection(connectionId: $connectionId, expectedVersion: $expectedVersion) {
      connectionId
      enabled
      version
    }
  }
`);
const RESUME = graphql(`
  mutation ResumeEhrConnection($connectionId: String!, $expectedVersion: Int!) {
    resumeEhrConnection(connectionId: $connectionId, expectedVersion: $expectedVersion) {
      connectionId
      enabled
      version
    }
  }
`);

type Setting = EhrConnectionSettingsQuery['ehrConnectionSettings'][number];

/** The connections integrators added: each can be paused and resumed; integrators add new ones. */
export function EhrConnectionSettings() {
  const { t } = useTranslation();
  const { session } = useSession();
  const [{ data, error, fetching }, refetch] = useQuery({
    query: SETTINGS,
    requestPolicy: 'cache-and-network',
  });
  const [adding, setAdding] = useState(false);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const mayWrite = session.role === 'integrator';
  return (
    <>
      {error && <ErrorMessage error={error} retry={reload} />}
      {fetching && !data && <Loading />}
      {data && data.ehrConnectionSettings.length === 0 && <Empty>{t('integrators.settings.empty')}</Empty>}
      {data && data.ehrConnectionSettings.length > 0 && (
        <table className="ehr-connection-settings">
          <caption className="visually-hidden">{t('integrators.settings.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('integrators.connection')}</th>
              <th scope="col">{t('integrators.settings.baseUrl')}</th>
              <th scope="col">{t('integrators.settings.syncing')}</th>
              <th scope="col">{t('integrators.settings.changed')}</th>
              {mayWrite && (
                <th scope="col">
                  <span className="visually-hidden">{t('integrators.settings.actions')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {data.ehrConnectionSettings.map((s) => (
              <SettingRow key={s.connectionId} setting={s} mayWrite={mayWrite} onChanged={reload} />
            ))}
          </tbody>
        </table>
      )}
      {mayWrite && !adding && (
        <button type="button" onClick={() => setAdding(true)}>
          {t('integrators.settings.add')}
        </button>
      )}
      {mayWrite && adding && <AddConnectionForm onSaved={reload} onClose={() => setAdding(false)} />}
    </>
  );
}

function SettingRow({
  setting,
  mayWrite,
  onChanged,
}: {
  setting: Setting;
  mayWrite: boolean;
  onChanged(): void;
}) {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const [{ fetching: pausing }, pause] = useMutation(PAUSE);
  const [{ fetching: resuming }, resume] = useMutation(RESUME);
  const [conflict, setConflict] = useState<Setting>();
  const [refused, setRefused] = useState<CombinedError>();
  // The version this user's change was made from: the row shows it saved once a newer one is read.
  const [savedFrom, setSavedFrom] = useState<number>();
  const wanted = !setting.enabled;

  const send = async (expectedVersion: number) => {
    const variables = { connectionId: setting.connectionId, expectedVersion };
    setSavedFrom(undefined);
    const result = wanted ? await resume(variables) : await pause(variables);
    setRefused(undefined);
    if (!result.error) {
      setConflict(undefined);
      setSavedFrom(expectedVersion);
      onChanged();
      return;
    }
    if (refusalOf(result.error).kind !== 'conflict') return setRefused(result.error);
    const fresh = await client.query(SETTINGS, {}, { requestPolicy: 'network-only' }).toPromise();
    const theirs = fresh.data?.ehrConnectionSettings.find((s) => s.connectionId === setting.connectionId);
    if (theirs) setConflict(theirs);
    else setRefused(result.error);
  };
  const stateOf = (s: Setting) =>
    s.enabled ? t('integrators.settings.on') : t('integrators.settings.paused');

  return (
    <tr>
      <th scope="row">{setting.connectionId}</th>
      <td>{setting.baseUrl}</td>
      <td>{stateOf(setting)}</td>
      <td>
        {t('integrators.settings.changedValue', {
          version: setting.version,
          at: formatDateTime(setting.updatedAt, i18n.language),
          by: setting.updatedBy,
        })}
      </td>
      {mayWrite && (
        <td>
          <button
            type="button"
            className="secondary"
            disabled={pausing || resuming}
            aria-label={t(wanted ? 'integrators.settings.resumeNamed' : 'integrators.settings.pauseNamed', {
              id: setting.connectionId,
            })}
            onClick={() => void send(setting.version)}
          >
            {pausing || resuming
              ? t('forms.saving')
              : t(wanted ? 'integrators.settings.resume' : 'integrators.settings.pause')}
          </button>
          <p className="save-state" role="status">
            {savedFrom === undefined
              ? ''
              : t(setting.version > savedFrom ? 'forms.saved' : 'forms.savedUpdating')}
          </p>
          {conflict && (
            <ConflictChoice
              theirs={
                <p>{`${stateOf(conflict)} (${t('integrators.settings.version', { version: conflict.version })})`}</p>
              }
              mine={<p>{t(wanted ? 'integrators.settings.resume' : 'integrators.settings.pause')}</p>}
              onReload={() => {
                setConflict(undefined);
                onChanged();
              }}
              onOverwrite={() => void send(conflict.version)}
            />
          )}
          {refused && <ErrorMessage error={refused} />}
        </td>
      )}
    </tr>
  );
}

interface Draft {
  connectionId: string;
  baseUrl: string;
  careLinkIds: string;
  patientIdentifierSystem: string;
  authType: string;
  credentialEnv: string;
  tokenUrl: string;
  clientId: string;
  pollIntervalSeconds: string;
  pageSize: string;
}

const blank: Draft = {
  connectionId: '',
  baseUrl: '',
  careLinkIds: '',
  patientIdentifierSystem: '',
  authType: 'none',
  credentialEnv: '',
  tokenUrl: '',
  clientId: '',
  pollIntervalSeconds: '30',
  pageSize: '100',
};
const authTypes = ['none', 'bearer', 'client-credentials'];

function AddConnectionForm({ onSaved, onClose }: { onSaved(): void; onClose(): void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(blank);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [refused, setRefused] = useState<CombinedError>();
  const [saved, setSaved] = useState<string>();
  const [{ fetching: saving }, add] = useMutation(ADD);
  const answer = useFocusAnswer();
  const change = (next: Partial<Draft>) => {
    setDraft({ ...draft, ...next });
    setSaved(undefined);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const whole = (value: string) => (value.trim() === '' ? null : Number(value));
    const result = await add({
      input: {
        connectionId: draft.connectionId.trim(),
        baseUrl: draft.baseUrl.trim(),
        careLinkIds: draft.careLinkIds
          .split(/[\s,]+/)
          .map((c) => c.trim())
          .filter(Boolean),
        patientIdentifierSystem: draft.patientIdentifierSystem,
        authType: draft.authType,
        credentialEnv: draft.authType === 'none' ? null : draft.credentialEnv.trim(),
        tokenUrl: draft.authType === 'client-credentials' ? draft.tokenUrl.trim() : null,
        clientId: draft.authType === 'client-credentials' ? draft.clientId.trim() : null,
        pollIntervalSeconds: whole(draft.pollIntervalSeconds),
        pageSize: whole(draft.pageSize),
      },
    });
    setRefused(undefined);
    answer.answered();
    if (result.data) {
      setProblems({});
      setSaved(result.data.addEhrConnection.connectionId);
      setDraft(blank);
      onSaved();
      return;
    }
    if (!result.error) return;
    const refusal = refusalOf(result.error);
    if (refusal.kind === 'invalid')
      setProblems(fieldMessages(refusal.fields, t, 'integrators.settings.refused'));
    else setRefused(result.error);
  };

  const text = (key: keyof Draft, { type = 'text', required = true, wide = false } = {}) => (
    <Field
      id={`ehr-${key}`}
      label={t(`integrators.settings.fields.${key}`)}
      required={required}
      hint={t(`integrators.settings.hints.${key}`, { defaultValue: '' }) || undefined}
      error={problems[key]}
    >
      <input
        id={`ehr-${key}`}
        type={type}
        inputMode={type === 'number' ? 'numeric' : undefined}
        className={wide ? 'wide' : undefined}
        aria-required={required || undefined}
        value={draft[key]}
        onChange={(e) => change({ [key]: e.target.value })}
        {...describedBy(
          `ehr-${key}`,
          problems[key],
          t(`integrators.settings.hints.${key}`, { defaultValue: '' }) || undefined,
        )}
      />
    </Field>
  );

  return (
    <form
      ref={answer.ref}
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="ehr-add-title"
      className="panel"
    >
      <h3 id="ehr-add-title">{t('integrators.settings.add')}</h3>
      {text('connectionId')}
      {text('baseUrl', { type: 'url', wide: true })}
      {text('careLinkIds', { wide: true })}
      {text('patientIdentifierSystem', { wide: true })}
      <Field
        id="ehr-authType"
        label={t('integrators.settings.fields.authType')}
        required
        error={problems.authType}
      >
        <select
          id="ehr-authType"
          value={draft.authType}
          onChange={(e) => change({ authType: e.target.value })}
          {...describedBy('ehr-authType', problems.authType)}
        >
          {authTypes.map((type) => (
            <option key={type} value={type}>
              {t(`integrators.settings.authTypes.${type}`)}
            </option>
          ))}
        </select>
      </Field>
      {draft.authType !== 'none' && text('credentialEnv')}
      {draft.authType === 'client-credentials' && (
        <>
          {text('tokenUrl', { type: 'url', wide: true })}
          {text('clientId')}
        </>
      )}
      {text('pollIntervalSeconds', { type: 'number', required: false })}
      {text('pageSize', { type: 'number', required: false })}
      {problems.form && <p className="field-error">{problems.form}</p>}
      <div className="actions">
        <button type="submit" disabled={saving}>
          {saving ? t('forms.saving') : t('integrators.settings.save')}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          {t('forms.cancel')}
        </button>
      </div>
      <p className="save-state" role="status" tabIndex={-1} data-confirmation={saved ? '' : undefined}>
        {saved ? t('integrators.settings.saved', { id: saved }) : ''}
      </p>
      {refused && <ErrorMessage error={refused} />}
    </form>
  );
}
