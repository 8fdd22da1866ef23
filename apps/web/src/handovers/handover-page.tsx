import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { useDirectory } from '../graphql/directory';
import { formatDateTime } from '../i18n/i18n';
import { ErrorMessage, Loading } from '../layout/states';
import { graphql } from '../graphql/generated';
import { NamingPatient } from '../patients/patient-name';
import { RequestedData, useFieldPath } from './requested-data';
import { TimelinessBadge } from './timeliness-badge';

const PACKAGE = graphql(`
  query HandoverPackage($id: ID!) {
    handoverPackage(packageId: $id) {
      ...PackageSummary
      missing
      data
    }
  }
`);
const ACKNOWLEDGE = graphql(`
  mutation AcknowledgeHandover($id: ID!) {
    acknowledgeHandover(packageId: $id) {
      ...PackageSummary
      missing
      data
    }
  }
`);

const SPECIFICATION_NAMES = graphql(`
  query HandoverSpecificationNames {
    handoverSpecifications(includeHistory: true) {
      specificationId
      version
      name
    }
  }
`);

/** The specification a package answers, by the name its receiving link gave it; the sender reads whose it is. */
function SpecificationName(p: {
  specificationId: string;
  specificationVersion: number;
  receivingCareLinkId: string;
}) {
  const { t } = useTranslation();
  const directory = useDirectory();
  const [{ data }] = useQuery({ query: SPECIFICATION_NAMES });
  const own = data?.handoverSpecifications.find(
    (s) => s.specificationId === p.specificationId && s.version === p.specificationVersion,
  );
  return own
    ? t('handover.specificationVersion', { name: own.name, version: own.version })
    : t('handover.specificationOf', {
        careLink: directory.careLink(p.receivingCareLinkId),
        version: p.specificationVersion,
      });
}

/** One handover: exactly the data the receiving link asked for, and its acknowledgement. */
export function HandoverPage() {
  const { t, i18n } = useTranslation();
  const directory = useDirectory();
  const fieldPath = useFieldPath();
  const { packageId = '' } = useParams();
  const [{ data, error, fetching }, refetch] = useQuery({
    query: PACKAGE,
    variables: { id: packageId },
  });
  const [acknowledgement, acknowledge] = useMutation(ACKNOWLEDGE);
  const p = acknowledgement.data?.acknowledgeHandover ?? data?.handoverPackage;

  return (
    <section aria-labelledby="handover-title">
      <p>
        <Link to="/inbox">{t('inbox.back')}</Link>
      </p>
      {error && <ErrorMessage error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />}
      {fetching && !p && <Loading />}
      {p && (
        <>
          <h1 id="handover-title">
            <NamingPatient text="handover.title" patientId={p.patientId} />
          </h1>
          <dl className="facts">
            <dt>{t('handover.from')}</dt>
            <dd>{directory.careLink(p.sendingCareLinkId)}</dd>
            <dt>{t('inbox.trigger')}</dt>
            <dd>{t(`triggers.${p.trigger}`, { defaultValue: p.trigger })}</dd>
            <dt>{t('handover.specification')}</dt>
            <dd>
              <SpecificationName {...p} />
            </dd>
            <dt>{t('handover.triggeredAt')}</dt>
            <dd>{formatDateTime(p.triggeredAt, i18n.language)}</dd>
            <dt>{t('handover.dueAt')}</dt>
            <dd>
              {formatDateTime(p.dueAt, i18n.language)} <TimelinessBadge timeliness={p.timeliness} />
            </dd>
          </dl>
          <h2>{t('handover.data')}</h2>
          {p.complete ? (
            <p className="hint">{t('handover.complete')}</p>
          ) : (
            <div className="state warning">
              <p>{t('handover.missing')}</p>
              <ul>
                {p.missing.map((m) => (
                  <li key={m}>{fieldPath(m)}</li>
                ))}
              </ul>
            </div>
          )}
          {p.data == null ? <p>{t('handover.noData')}</p> : <RequestedData value={p.data} />}
          {acknowledgement.error && <ErrorMessage error={acknowledgement.error} />}
          <div className="actions" aria-live="polite">
            {p.acknowledgedAt ? (
              <p className="done">
                {t('handover.acknowledgedBy', {
                  at: formatDateTime(p.acknowledgedAt, i18n.language),
                  by: p.acknowledgedBy ?? '',
                })}
              </p>
            ) : (
              <button
                type="button"
                disabled={acknowledgement.fetching}
                onClick={() => void acknowledge({ id: p.packageId })}
              >
                {acknowledgement.fetching ? t('handover.acknowledging') : t('handover.acknowledge')}
              </button>
            )}
            {p.patientId && (
              <Link to={`/patients/${encodeURIComponent(p.patientId)}`}>{t('handover.patientView')}</Link>
            )}
          </div>
        </>
      )}
    </section>
  );
}
