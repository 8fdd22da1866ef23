/** Who the care chain is made of: organisations (region, municipality) and their care links. */
export const organisationKinds = ['region', 'municipality', 'private-provider'] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export const careLinkKinds = [
  'hospital-ward',
  'emergency-department',
  'primary-care-unit',
  'home-care',
  'nursing-home',
  'other',
] as const;
export type CareLinkKind = (typeof careLinkKinds)[number];

export interface OrganisationEntry {
  organisationId: string;
  name: string;
  kind: OrganisationKind;
  timeZone: string;
}

export interface CareLinkEntry {
  careLinkId: string;
  name: string;
  kind: CareLinkKind;
  organisationId: string;
  hospital: string | null;
  /** The municipality (kommunkod) whose discharge-planning notices this link receives. */
  noticesForMunicipalityCode?: string | null;
  /** The unit's HSA id, by which EHRs name the primary care unit a patient is listed with. */
  hsaId?: string | null;
}

export interface DirectoryProblem {
  field: string;
  message: string;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
const hospitalKinds: ReadonlySet<CareLinkKind> = new Set(['hospital-ward', 'emergency-department']);

function checkId(field: string, value: string): DirectoryProblem[] {
  return ID.test(value)
    ? []
    : [
        {
          field,
          message: `'${value}' must be 1 to 128 letters, digits or . _ : - and start with a letter or digit`,
        },
      ];
}

function checkName(value: string): DirectoryProblem[] {
  return value.trim() ? [] : [{ field: 'name', message: 'must not be empty' }];
}

export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

export function checkOrganisation(entry: OrganisationEntry): DirectoryProblem[] {
  return [
    ...checkId('organisationId', entry.organisationId),
    ...checkName(entry.name),
    ...(organisationKinds.includes(entry.kind)
      ? []
      : [{ field: 'kind', message: `unknown kind '${entry.kind}'; known: ${organisationKinds.join(', ')}` }]),
    ...(isTimeZone(entry.timeZone)
      ? []
      : [
          {
            field: 'timeZone',
            message: `'${entry.timeZone}' is not an IANA time zone such as Europe/Stockholm`,
          },
        ]),
  ];
}

/** `organisations` are the ids already in the directory; a care link must belong to one of them. */
export function checkCareLink(entry: CareLinkEntry, organisations: ReadonlySet<string>): DirectoryProblem[] {
  const problems = [...checkId('careLinkId', entry.careLinkId), ...checkName(entry.name)];
  if (!careLinkKinds.includes(entry.kind))
    problems.push({
      field: 'kind',
      message: `unknown kind '${entry.kind}'; known: ${careLinkKinds.join(', ')}`,
    });
  if (!organisations.has(entry.organisationId)) {
    problems.push({
      field: 'organisationId',
      message: `no organisation '${entry.organisationId}' in the directory; register it first`,
    });
  }
  if (hospitalKinds.has(entry.kind) && !entry.hospital?.trim()) {
    problems.push({ field: 'hospital', message: `a ${entry.kind} must name its hospital` });
  }
  if (!hospitalKinds.has(entry.kind) && entry.hospital) {
    problems.push({
      field: 'hospital',
      message: `only hospital wards and emergency departments belong to a hospital, not a ${entry.kind}`,
    });
  }
  if (entry.noticesForMunicipalityCode && !/^\d{4}$/.test(entry.noticesForMunicipalityCode))
    problems.push({
      field: 'noticesForMunicipalityCode',
      message: `'${entry.noticesForMunicipalityCode}' is not a four-digit municipality code (kommunkod), e.g. 0680`,
    });
  if (entry.hsaId && !/^[A-Za-z0-9-]{3,64}$/.test(entry.hsaId))
    problems.push({ field: 'hsaId', message: `'${entry.hsaId}' is not an HSA id, e.g. SE2321000057-1003` });
  return problems;
}

export interface CareLinkPlace {
  hospital: string | null;
  organisationId: string;
}

/**
 * The dashboard's larger units for a care link: its hospital and its organisation. A care link
 * missing from the directory is reported under its own id, so no day disappears from a total.
 */
export function placeOf(
  careLinkId: string | null,
  directory: ReadonlyMap<string, CareLinkPlace>,
): { hospital: string; organisation: string } {
  if (careLinkId === null) return { hospital: 'none', organisation: 'none' };
  const place = directory.get(careLinkId);
  if (!place) return { hospital: `unregistered:${careLinkId}`, organisation: `unregistered:${careLinkId}` };
  return { hospital: place.hospital ?? 'none', organisation: place.organisationId };
}
