import DataLoader from 'dataloader';
import { useEffect, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useClient, type Client } from 'urql';
import { careStaffRoles } from '@carechain/domain';
import { graphql } from '../graphql/generated';
import type { IdentityShownFragment } from '../graphql/generated/graphql';
import { useSession } from '../session/session';

/** What every page shows of a patient's identity. */
export const IDENTITY_SHOWN = graphql(`
  fragment IdentityShown on PatientIdentity {
    patientId
    name
    personalIdentityNumber
  }
`);

const IDENTITIES = graphql(`
  query PatientIdentities($patientIds: [ID!]!) {
    patientIdentities(patientIds: $patientIds) {
      ...IdentityShown
    }
  }
`);

type Identity = IdentityShownFragment | null;

/**
 * The names a page's rows ask for while it renders, gathered into one request instead of one per
 * row; each patient is asked once per sign-in (the client is the session's), again only after a failure.
 */
const loaders = new WeakMap<Client, DataLoader<string, Identity>>();
const loaderOf = (client: Client) => {
  let loader = loaders.get(client);
  if (!loader) {
    const created = new DataLoader<string, Identity>(
      async (patientIds) => {
        const result = await client
          .query(IDENTITIES, { patientIds: [...patientIds] }, { requestPolicy: 'network-only' })
          .toPromise();
        if (result.error) patientIds.forEach((id) => created.clear(id));
        const found = new Map((result.data?.patientIdentities ?? []).map((p) => [p.patientId, p]));
        return patientIds.map((id) => found.get(id) ?? null);
      },
      // As many as the gateway answers in one request.
      { maxBatchSize: 500 },
    );
    loaders.set(client, created);
    loader = created;
  }
  return loader;
};

/** A patient's identity as the gateway gives it to the caller; null while asked, unknown or refused. */
function usePatientIdentity(patientId: string | null, asked: boolean): Identity {
  const client = useClient();
  const [shown, setShown] = useState<{ patientId: string; identity: Identity } | null>(null);
  useEffect(() => {
    if (!patientId || !asked) return;
    let mounted = true;
    void loaderOf(client)
      .load(patientId)
      .then((identity) => mounted && setShown({ patientId, identity }));
    return () => {
      mounted = false;
    };
  }, [client, patientId, asked]);
  return shown?.patientId === patientId ? shown.identity : null;
}

/** Whether the signed-in role sees patients by name and personal identity number (the gateway decides each). */
export function useSeesIdentities(): boolean {
  const { session } = useSession();
  return careStaffRoles.includes(session.role);
}

/**
 * How a patient is named on every page: for staff caring for her, her name and personal identity
 * number from the identity register, with the pseudonymous id after; for other roles, and while
 * the register has no name or the gateway refuses it, the pseudonymous id alone.
 */
export function PatientName({ patientId }: { patientId: string | null }) {
  const { t } = useTranslation();
  const seesIdentities = useSeesIdentities();
  const identity = usePatientIdentity(patientId, seesIdentities);
  // Roles without patient access get the handover's status, never whom it is about.
  if (!patientId) return <span className="patient-name">{t('patient.withheld')}</span>;
  if (!identity) return <span className="patient-name">{patientId}</span>;
  return <IdentityShown {...identity} />;
}

/** A name, personal identity number and pseudonymous id, as staff read them. */
export function IdentityShown(identity: IdentityShownFragment) {
  const { t } = useTranslation();
  return (
    <span className="patient-name">
      <span className="person">{identity.name}</span>
      {identity.personalIdentityNumber && (
        <>
          {' '}
          <span className="personal-number">
            <span className="visually-hidden">{t('patient.personalIdentityNumber')} </span>
            {identity.personalIdentityNumber}
          </span>
        </>
      )}{' '}
      <span className="pseudonym">({identity.patientId})</span>
    </span>
  );
}

/** A text (by key) whose `<patient/>` names the patient as PatientName does: headings read her name, not only her id. */
export function NamingPatient({ text, patientId }: { text: string; patientId: string | null }) {
  return <Trans i18nKey={text} components={{ patient: <PatientName patientId={patientId} /> }} />;
}

/** The same, as plain text for announcements and labels. */
export const patientLabel = (patientId: string | null) => patientId ?? '–';
