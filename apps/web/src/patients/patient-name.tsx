import { useTranslation } from 'react-i18next';

/**
 * How a patient is named on every page. For now her pseudonymous id; the identity register will
 * put her name and personal identity number here, for staff with a care relationship.
 */
export function PatientName({ patientId }: { patientId: string | null }) {
  const { t } = useTranslation();
  // Roles without patient access get the handover's status, never whom it is about.
  return <span className="patient-name">{patientId ?? t('patient.withheld')}</span>;
}

/** The same, as plain text for titles, announcements and labels. */
export const patientLabel = (patientId: string | null) => patientId ?? '–';
