import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
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

const IDENTITY = graphql(`
  query PatientIdentity($patientId: ID!) {
    patientIdentity(patientId: $patientId) {
      ...IdentityShown
    }
  }
`);

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
  const [{ data }] = useQuery({
    query: IDENTITY,
    variables: { patientId: patientId ?? '' },
    pause: !patientId || !seesIdentities,
  });
  // Roles without patient access get the handover's status, never whom it is about.
  if (!patientId) return <span className="patient-name">{t('patient.withheld')}</span>;
  const identity = data?.patientIdentity;
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

/** The same, as plain text for titles, announcements and labels. */
export const patientLabel = (patientId: string | null) => patientId ?? '–';
