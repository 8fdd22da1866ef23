/** Directory entries as a coordinator saves them (RunningPlatform.saveDirectory). */
export const municipality = (organisationId: string, name: string) => ({
  organisationId,
  name,
  kind: 'municipality',
});
export const homeCare = (careLinkId: string, name: string, organisationId: string) => ({
  careLinkId,
  name,
  kind: 'home-care',
  organisationId,
});

/** Region Jönköping, and Jönköping's municipality, as most tests register them. */
export const REGION_JONKOPING = {
  organisationId: 'region-jonkoping',
  name: 'Region Jönköpings län',
  kind: 'region',
};
export const JONKOPING_MUNICIPALITY = municipality('jonkoping-municipality', 'Jönköpings kommun');
export const JONKOPING_ORGANISATIONS = [REGION_JONKOPING, JONKOPING_MUNICIPALITY];

/** A ward of the region's at Länssjukhuset Ryhov. */
export const ryhovWard = (careLinkId: string, name: string) => ({
  careLinkId,
  name,
  kind: 'hospital-ward',
  organisationId: REGION_JONKOPING.organisationId,
  hospital: 'Länssjukhuset Ryhov',
});

export const MEDICIN_3 = ryhovWard('ryhov-med-3', 'Medicin 3');
export const HEMTJANST_JONKOPING = homeCare(
  'jonkoping-home-care',
  'Hemtjänst Jönköping',
  JONKOPING_MUNICIPALITY.organisationId,
);
