import type { NoticeRecipient, PlanningFact } from './notices-owed';

/** Where the patient lives and is listed, in the codes EHRs send or the care links staff name. */
export interface PatientHome {
  municipalityCode?: string;
  primaryCareUnitHsaId?: string;
  homeMunicipalityCareLinkId?: string;
  primaryCareLinkId?: string;
}

/** The patient's home as her events tell it, each part from the latest event that names it. */
export function patientHomeOf(facts: readonly PlanningFact[]): PatientHome {
  const ordered = [...facts].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  const home: PatientHome = {};
  for (const { type, payload } of ordered) {
    if (type === 'PatientAdmitted') {
      if (payload.homeMunicipalityCode) home.municipalityCode = String(payload.homeMunicipalityCode);
      if (payload.listedPrimaryCareUnitHsaId)
        home.primaryCareUnitHsaId = String(payload.listedPrimaryCareUnitHsaId);
    }
    if (type === 'PatientHomeRecorded') {
      // A code and a care link name the same thing; the later one replaces the earlier.
      if (payload.municipalityCode || payload.homeMunicipalityCareLinkId) {
        home.municipalityCode = payload.municipalityCode as string | undefined;
        home.homeMunicipalityCareLinkId = payload.homeMunicipalityCareLinkId as string | undefined;
      }
      if (payload.primaryCareUnitHsaId || payload.primaryCareLinkId) {
        home.primaryCareUnitHsaId = payload.primaryCareUnitHsaId as string | undefined;
        home.primaryCareLinkId = payload.primaryCareLinkId as string | undefined;
      }
    }
  }
  return home;
}

/** How the care-link directory finds a link: by the municipality whose notices it takes, or by HSA id. */
export interface HomeLinkDirectory {
  byMunicipalityCode: ReadonlyMap<string, string>;
  byHsaId: ReadonlyMap<string, string>;
}

/** The care link each recipient's notices go to; absent when neither staff nor the directory name one. */
export function homeCareLinksOf(
  home: PatientHome,
  directory: HomeLinkDirectory,
): Partial<Record<NoticeRecipient, string>> {
  const municipality =
    home.homeMunicipalityCareLinkId ??
    (home.municipalityCode ? directory.byMunicipalityCode.get(home.municipalityCode) : undefined);
  const primaryCare =
    home.primaryCareLinkId ??
    (home.primaryCareUnitHsaId ? directory.byHsaId.get(home.primaryCareUnitHsaId) : undefined);
  return {
    ...(municipality ? { 'home-municipality': municipality } : {}),
    ...(primaryCare ? { 'primary-care': primaryCare } : {}),
  };
}
