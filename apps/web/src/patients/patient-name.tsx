import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
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

/** As many as the gateway answers in one request. */
const MOST_AT_ONCE = 500;

type Identity = IdentityShownFragment | null;

/**
 * The names a page's rows ask for while it renders, gathered into one request instead of one per
 * row; each patient is asked once per sign-in (the client is the session's), again only after a failure.
 */
class IdentityBatch {
  private readonly asked = new Map<string, Promise<Identity>>();
  private waiting = new Map<string, (identity: Identity) => void>();

  constructor(private readonly client: Client) {}

  load(patientId: string): Promise<Identity> {
    let identity = this.asked.get(patientId);
    if (!identity) {
      identity = new Promise<Identity>((resolve) => this.waiting.set(patientId, resolve));
      this.asked.set(patientId, identity);
      if (this.waiting.size === 1) setTimeout(() => void this.send(), 0);
    }
    return identity;
  }

  private async send(): Promise<void> {
    const batch = this.waiting;
    this.waiting = new Map();
    const ids = [...batch.keys()];
    for (let i = 0; i < ids.length; i += MOST_AT_ONCE) {
      const chunk = ids.slice(i, i + MOST_AT_ONCE);
      const result = await this.client
        .query(IDENTITIES, { patientIds: chunk }, { requestPolicy: 'network-only' })
        .toPromise();
      const found = new Map((result.data?.patientIdentities ?? []).map((p) => [p.patientId, p]));
      for (const id of chunk) {
        if (result.error) this.asked.delete(id);
        batch.get(id)!(found.get(id) ?? null);
      }
    }
  }
}

const batches = new WeakMap<Client, IdentityBatch>();
const batchOf = (client: Client) => {
  if (!batches.has(client)) batches.set(client, new IdentityBatch(client));
  return batches.get(client)!;
};

/** A patient's identity as the gateway gives it to the caller; null while asked, unknown or refused. */
function usePatientIdentity(patientId: string | null, asked: boolean): Identity {
  const client = useClient();
  const [shown, setShown] = useState<{ patientId: string; identity: Identity } | null>(null);
  useEffect(() => {
    if (!patientId || !asked) return;
    let mounted = true;
    void batchOf(client)
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

/** The same, as plain text for titles, announcements and labels. */
export const patientLabel = (patientId: string | null) => patientId ?? '–';
