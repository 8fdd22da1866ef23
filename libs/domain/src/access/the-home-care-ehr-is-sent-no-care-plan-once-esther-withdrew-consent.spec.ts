import { decideDisclosureToEhr, type ConnectedCareLink } from './disclosure-to-an-ehr';

const homeCareEhr: ConnectedCareLink[] = [{ careLinkId: 'jkpg-home-care-south', kind: 'home-care' }];
const hospitalEhr: ConnectedCareLink[] = [
  { careLinkId: 'ryhov-med-3', kind: 'hospital-ward' },
  { careLinkId: 'jkpg-home-care-south', kind: 'home-care' },
];

describe("Esther's record written back to the EHRs of her care links", () => {
  it('goes to the home-care EHR while she has not withdrawn her consent', () => {
    expect(decideDisclosureToEhr('carePlan.read', 'fhir-write-back', homeCareEhr, 'consent-given')).toEqual({
      allowed: true,
      basis: 'carechain-process',
      reason: "Carechain's fhir-write-back",
    });
    expect(decideDisclosureToEhr('carePlan.read', 'fhir-write-back', homeCareEhr, null).allowed).toBe(true);
  });

  it('is kept from the home-care EHR once she withdrew her consent', () => {
    expect(
      decideDisclosureToEhr('medicineList.read', 'fhir-write-back', homeCareEhr, 'consent-withdrawn'),
    ).toEqual({
      allowed: false,
      basis: 'no-relationship',
      reason: "the patient's withdrawn consent keeps her record from jkpg-home-care-south",
      message: "the patient's consent keeps her record from jkpg-home-care-south",
    });
  });

  it('still goes to an EHR that also speaks for the hospital ward, which her consent does not govern', () => {
    expect(
      decideDisclosureToEhr('carePlan.read', 'fhir-write-back', hospitalEhr, 'consent-withdrawn').allowed,
    ).toBe(true);
  });

  it('goes to the home-care EHR again when an emergency is recorded after her withdrawal', () => {
    expect(decideDisclosureToEhr('carePlan.read', 'fhir-write-back', homeCareEhr, 'emergency').allowed).toBe(
      true,
    );
  });

  it('is refused for what the permission table does not give the write-back, whatever her consent', () => {
    expect(
      decideDisclosureToEhr('identity.read', 'fhir-write-back', homeCareEhr, 'consent-given'),
    ).toMatchObject({ allowed: false, basis: 'role-lacks-permission' });
  });
});
