import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { SavedUpdating } from '../forms/saved-updating';
import { useUntilShown } from '../forms/use-until-shown';
import { useDirectory } from '../graphql/directory';
import { graphql } from '../graphql/generated';
import { formatDateTime } from '../i18n/i18n';
import { Empty, ErrorMessage, Loading } from '../layout/states';
import { CarePlanEditor } from './care-plan-editor';
import type { PlanContent } from './care-plan-draft';

export const CURRENT_CARE_PLAN = graphql(`
  query CurrentCarePlan($id: ID!) {
    currentCarePlan(patientId: $id) {
      version
      goals
      recommendations
      savedAt
      savedByCareLinkId
      actions {
        description
        responsibleCareLinkId
        dueDate
      }
      contacts {
        description
        phone
        available
      }
      followUps {
        description
        careLinkId
        at
      }
    }
  }
`);

/** The shared care plan (SIP): what matters to her, who does what by when, whom to call. */
export function CarePlanSection({
  patientId,
  editable = true,
  onChanged,
}: {
  patientId: string;
  editable?: boolean;
  /** The rest of the page (the timeline) asks again once the plan is saved. */
  onChanged?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const directory = useDirectory();
  const [{ data, error, fetching }, refetchQuery] = useQuery({
    query: CURRENT_CARE_PLAN,
    variables: { id: patientId },
    requestPolicy: 'cache-and-network',
  });
  const refetch = useCallback(() => refetchQuery({ requestPolicy: 'network-only' }), [refetchQuery]);
  const [editing, setEditing] = useState(false);
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const plan = data?.currentCarePlan;
  const { updating, start } = useUntilShown(
    () => (plan?.version ?? 0) >= (savedVersion ?? 0),
    refetch,
    onChanged,
  );
  return (
    <section aria-labelledby="care-plan-title" className="care-plan">
      <h2 id="care-plan-title">{t('carePlan.title')}</h2>
      {error && <ErrorMessage error={error} retry={refetch} />}
      {fetching && !data && <Loading />}
      <SavedUpdating updating={updating} saved={savedVersion !== null} />
      {editing ? (
        <CarePlanEditor
          patientId={patientId}
          plan={plan ?? null}
          onCancel={() => setEditing(false)}
          onSaved={(version) => {
            setEditing(false);
            setSavedVersion(version);
            start();
          }}
        />
      ) : (
        <>
          {data && !plan && <Empty>{t('carePlan.empty')}</Empty>}
          {plan && (
            <>
              <p className="hint">
                {t('carePlan.version', {
                  version: plan.version,
                  at: formatDateTime(plan.savedAt, i18n.language),
                  by: directory.careLink(plan.savedByCareLinkId),
                })}
              </p>
              <CarePlanView plan={plan} />
            </>
          )}
          {editable && data && !updating && (
            <div className="actions no-print">
              <button
                type="button"
                onClick={() => {
                  setSavedVersion(null);
                  setEditing(true);
                }}
              >
                {plan ? t('carePlanEditor.edit') : t('carePlanEditor.write')}
              </button>
              {plan && (
                <Link to={`/patients/${encodeURIComponent(patientId)}/care-plan`}>{t('carePlan.print')}</Link>
              )}
            </div>
          )}
        </>
      )}
    </section>
  );
}

/** One version of the plan, read-only: on the patient page, on paper, and in a conflict. */
export function CarePlanView({ plan }: { plan: PlanContent }) {
  const { t, i18n } = useTranslation();
  const directory = useDirectory();
  return (
    <div className="plan">
      <h3>{t('carePlan.goals')}</h3>
      <ul>
        {plan.goals.map((g) => (
          <li key={g}>{g}</li>
        ))}
      </ul>
      {plan.actions.length > 0 && (
        <table>
          <caption>{t('carePlan.actions')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('carePlan.action')}</th>
              <th scope="col">{t('carePlan.responsible')}</th>
              <th scope="col">{t('carePlan.due')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.actions.map((a, i) => (
              <tr key={i}>
                <th scope="row">{a.description}</th>
                <td>{directory.careLink(a.responsibleCareLinkId)}</td>
                <td>{a.dueDate ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {plan.contacts.length > 0 && (
        <>
          <h3>{t('carePlan.contacts')}</h3>
          <ul>
            {plan.contacts.map((c, i) => (
              <li key={i}>
                {c.description}: <a href={`tel:${c.phone}`}>{c.phone}</a> (
                {t(`carePlan.available.${c.available}`, { defaultValue: c.available })})
              </li>
            ))}
          </ul>
        </>
      )}
      {plan.followUps.length > 0 && (
        <>
          <h3>{t('carePlan.followUps')}</h3>
          <ul>
            {plan.followUps.map((f, i) => (
              <li key={i}>
                {formatDateTime(f.at, i18n.language)}: {f.description} ({directory.careLink(f.careLinkId)})
              </li>
            ))}
          </ul>
        </>
      )}
      {plan.recommendations.length > 0 && (
        <>
          <h3>{t('carePlan.recommendations')}</h3>
          <ul>
            {plan.recommendations.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
