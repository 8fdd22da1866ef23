import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { coachEn } from './coach.en';
import { coachSv } from './coach.sv';
import { en } from './en';
import { sv } from './sv';

export const languages = ['sv', 'en'] as const;
export type Language = (typeof languages)[number];
const KEY = 'carechain.language';

function initialLanguage(): Language {
  const chosen = localStorage.getItem(KEY);
  if (chosen === 'sv' || chosen === 'en') return chosen;
  return navigator.language.toLowerCase().startsWith('en') ? 'en' : 'sv';
}

export async function startI18n(): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources: {
      en: { translation: { ...en, ...coachEn } },
      sv: { translation: { ...sv, ...coachSv } },
    },
    lng: initialLanguage(),
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = i18next.language;
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
    localStorage.setItem(KEY, language);
  });
}

/** Dates and times as people in the chosen language read them. */
export function formatDateTime(value: string | Date | null | undefined, language: string): string {
  if (!value) return '–';
  return new Intl.DateTimeFormat(language === 'sv' ? 'sv-SE' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(value));
}

export function formatNumber(value: number, language: string, digits = 0): string {
  return new Intl.NumberFormat(language === 'sv' ? 'sv-SE' : 'en-GB', {
    maximumFractionDigits: digits,
  }).format(value);
}
