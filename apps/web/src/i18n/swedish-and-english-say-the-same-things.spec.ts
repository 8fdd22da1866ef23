import { en } from './en';
import { sv } from './sv';

/** Every text's key path, as i18next looks it up. */
const keys = (texts: object, prefix = ''): string[] =>
  Object.entries(texts).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );

const texts = (o: object): string[] =>
  Object.values(o).flatMap((v) => (typeof v === 'object' && v !== null ? texts(v) : [String(v)]));

describe('a nurse switches between Swedish and English', () => {
  it('finds every text in both languages, none left behind in one', () => {
    const english = new Set(keys(en));
    const swedish = new Set(keys(sv));
    expect([...english].filter((k) => !swedish.has(k))).toEqual([]);
    expect([...swedish].filter((k) => !english.has(k))).toEqual([]);
  });

  it('reads no empty text in either language', () => {
    expect(texts(sv).filter((s) => !s.trim())).toEqual([]);
    expect(texts(en).filter((s) => !s.trim())).toEqual([]);
  });

  it('gets one and many right where a count is shown ("1 ändring")', () => {
    const plural = keys(en).filter((k) => /_(one|other)$/.test(k));
    expect(plural.length).toBeGreaterThan(0);
    for (const k of plural) {
      const stem = k.replace(/_(one|other)$/, '');
      expect(keys(en)).toEqual(expect.arrayContaining([`${stem}_one`, `${stem}_other`]));
    }
    expect(sv.patient.changes_one).toMatch(/^\{\{count\}\} ändring,/);
  });
});
