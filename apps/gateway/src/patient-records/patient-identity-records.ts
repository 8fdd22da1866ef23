import { Inject, Injectable } from '@nestjs/common';
import { displayedPersonalIdentityNumber, patientSearchOf, type PersonIdentity } from '@carechain/domain';
import { PatientIdentityRegister } from '@carechain/persistence';
import type { Caller } from '../access/caller';
import { badInput } from '../client-errors';
import type { PatientIdentity } from '../patient-identities/patient-identity.model';
import { RecordAccess } from './record-access';

/** More than staff can look through; a longer search narrows it. */
export const mostPatientsFound = 50;

/** More rows than a page shows at once: a page asks for the names of its own rows, not of everyone. */
export const mostIdentitiesAtOnce = 500;

const shownAs = (patientId: string, identity: PersonIdentity): PatientIdentity => ({
  patientId,
  familyName: identity.familyName,
  givenNames: identity.givenNames,
  name: [identity.givenNames, identity.familyName].filter(Boolean).join(' '),
  personalIdentityNumber: identity.personalIdentityNumber
    ? displayedPersonalIdentityNumber(identity.personalIdentityNumber)
    : null,
});

/**
 * The door to the identity register: a name and personal identity number are read only by staff
 * whose care link cares for the patient ('identity.read'), and every read is audited.
 */
@Injectable()
export class PatientIdentityRecords {
  constructor(
    @Inject(PatientIdentityRegister) private readonly register: PatientIdentityRegister,
    private readonly access: RecordAccess,
  ) {}

  /** Null when the register does not know the patient (yet); refused without a care relationship. */
  async identity(caller: Caller, patientId: string): Promise<PatientIdentity | null> {
    await this.access.require(caller, 'identity.read', patientId, 'read patientIdentity');
    const identity = (await this.register.read([patientId])).get(patientId);
    return identity ? shownAs(patientId, identity) : null;
  }

  /**
   * The identities of a page's patients in one read: each patient decided and audited as for one,
   * refusals too, those the caller's care link does not care for withheld, and those the register
   * does not know left out.
   */
  async identities(caller: Caller, patientIds: string[]): Promise<PatientIdentity[]> {
    if (patientIds.length > mostIdentitiesAtOnce)
      throw badInput('patientIds', `at most ${mostIdentitiesAtOnce} patients at once`);
    const shown = await this.access.filter(caller, 'identity.read', patientIds, 'read patientIdentities', {
      auditWithheld: true,
    });
    const identities = await this.register.read([...shown]);
    return [...identities].map(([patientId, identity]) => shownAs(patientId, identity));
  }

  /** The patients matching a name or personal identity number that the caller's care link cares for. */
  async find(caller: Caller, query: string): Promise<PatientIdentity[]> {
    const search = patientSearchOf(query);
    if (!search.ok) throw badInput('query', search.problem);
    const candidates = await this.register.find(search);
    const shown = await this.access.filter(
      caller,
      'identity.read',
      candidates,
      'search patients by identity',
    );
    const identities = await this.register.read([...shown].slice(0, mostPatientsFound));
    return [...identities]
      .map(([patientId, identity]) => shownAs(patientId, identity))
      .sort(
        (a, b) =>
          a.familyName.localeCompare(b.familyName, 'sv') || a.givenNames.localeCompare(b.givenNames, 'sv'),
      );
  }
}
