import { useTranslation } from 'react-i18next';

export function TimelinessBadge({ timeliness }: { timeliness: string }) {
  const { t } = useTranslation();
  return (
    <span className={`badge ${timeliness}`}>
      {t(`inbox.timeliness.${timeliness}`, { defaultValue: timeliness })}
    </span>
  );
}
