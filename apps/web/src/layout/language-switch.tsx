import { useTranslation } from 'react-i18next';
import { languages } from '../i18n/i18n';

const names = { sv: 'Svenska', en: 'English' } as const;

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="language">
      <label htmlFor="language">{t('app.language')}</label>
      <select
        id="language"
        value={i18n.resolvedLanguage}
        onChange={(e) => void i18n.changeLanguage(e.target.value)}
      >
        {languages.map((l) => (
          <option key={l} value={l} lang={l}>
            {names[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
