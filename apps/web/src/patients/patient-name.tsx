/**
 * How a patient is named on every page. For now her pseudonymous id; the identity register will
 * put her name and personal identity number here, for staff with a care relationship.
 */
export function PatientName({ patientId }: { patientId: string }) {
  return <span className="patient-name">{patientId}</span>;
}

/** The same, as plain text for titles, announcements and labels. */
export const patientLabel = (patientId: string) => patientId;
