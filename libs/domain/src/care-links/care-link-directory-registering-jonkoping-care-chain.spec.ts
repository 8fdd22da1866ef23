import { checkCareLink, checkOrganisation, placeOf, type CareLinkEntry } from './care-link-directory';

const region = {
  organisationId: 'region-jonkoping',
  name: 'Region Jönköpings län',
  kind: 'region',
  timeZone: 'Europe/Stockholm',
} as const;
const ward: CareLinkEntry = {
  careLinkId: 'ryhov-med-3',
  name: 'Medicin 3',
  kind: 'hospital-ward',
  organisationId: 'region-jonkoping',
  hospital: 'Länssjukhuset Ryhov',
};
const homeCare: CareLinkEntry = {
  careLinkId: 'jonkoping-home-care',
  name: 'Hemtjänst Jönköping',
  kind: 'home-care',
  organisationId: 'jonkoping-municipality',
  hospital: null,
};
const known = new Set(['region-jonkoping', 'jonkoping-municipality']);

describe('The coordinator registers the Jönköping care chain in the directory', () => {
  it('accepts the region, a ward of Ryhov and the municipal home care', () => {
    expect(checkOrganisation(region)).toEqual([]);
    expect(checkCareLink(ward, known)).toEqual([]);
    expect(checkCareLink(homeCare, known)).toEqual([]);
  });

  it('names each wrong field of an organisation', () => {
    expect(
      checkOrganisation({
        organisationId: ' bad id',
        name: ' ',
        kind: 'county' as never,
        timeZone: 'Europe/Jonkoping',
      }),
    ).toEqual([
      {
        field: 'organisationId',
        message: "' bad id' must be 1 to 128 letters, digits or . _ : - and start with a letter or digit",
      },
      { field: 'name', message: 'must not be empty' },
      { field: 'kind', message: "unknown kind 'county'; known: region, municipality, private-provider" },
      { field: 'timeZone', message: "'Europe/Jonkoping' is not an IANA time zone such as Europe/Stockholm" },
    ]);
  });

  it('refuses a care link of an organisation not yet registered', () => {
    expect(checkCareLink({ ...homeCare, organisationId: 'habo-municipality' }, known)).toEqual([
      {
        field: 'organisationId',
        message: "no organisation 'habo-municipality' in the directory; register it first",
      },
    ]);
  });

  it('requires a ward to name its hospital, and only wards to have one', () => {
    expect(checkCareLink({ ...ward, hospital: null }, known)).toEqual([
      { field: 'hospital', message: 'a hospital-ward must name its hospital' },
    ]);
    expect(checkCareLink({ ...homeCare, hospital: 'Ryhov' }, known)).toEqual([
      {
        field: 'hospital',
        message: 'only hospital wards and emergency departments belong to a hospital, not a home-care',
      },
    ]);
  });

  it('refuses an unknown kind of care link', () => {
    expect(checkCareLink({ ...homeCare, kind: 'pharmacy' as never }, known)).toEqual([
      {
        field: 'kind',
        message:
          "unknown kind 'pharmacy'; known: hospital-ward, emergency-department, primary-care-unit, home-care, nursing-home, other",
      },
    ]);
  });
});

describe('The dashboard places each day under its hospital and organisation', () => {
  const directory = new Map([
    ['ryhov-med-3', { hospital: 'Länssjukhuset Ryhov', organisationId: 'region-jonkoping' }],
    ['jonkoping-home-care', { hospital: null, organisationId: 'jonkoping-municipality' }],
  ]);

  it('finds the hospital and region of a registered ward', () => {
    expect(placeOf('ryhov-med-3', directory)).toEqual({
      hospital: 'Länssjukhuset Ryhov',
      organisation: 'region-jonkoping',
    });
  });

  it('finds the municipality of a receiving home care', () => {
    expect(placeOf('jonkoping-home-care', directory)).toEqual({
      hospital: 'none',
      organisation: 'jonkoping-municipality',
    });
  });

  it('keeps days of a care link missing from the directory under its own id, so totals still add up', () => {
    expect(placeOf('varnamo-med', directory)).toEqual({
      hospital: 'unregistered:varnamo-med',
      organisation: 'unregistered:varnamo-med',
    });
  });

  it('reports a stay without a receiving care link under none', () => {
    expect(placeOf(null, directory)).toEqual({ hospital: 'none', organisation: 'none' });
  });
});
