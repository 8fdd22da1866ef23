import { nameTokens, patientSearchOf, searchTermsOf, type PersonIdentity } from './patient-identity';

const esther: PersonIdentity = {
  familyName: 'Öberg-Åström',
  givenNames: 'Esther Märta',
  personalIdentityNumber: '193811231234',
};
const finds = (query: string) => {
  const search = patientSearchOf(query);
  if (!search.ok) throw new Error(search.problem);
  const stored = new Set(searchTermsOf(esther));
  return search.terms.every((term) => stored.has(term));
};

describe('a planner searches for Esther Märta Öberg-Åström, 19381123-1234', () => {
  it('finds her by the beginning of any of her names, in any case, in any order', () => {
    expect(finds('esther')).toBe(true);
    expect(finds('Öb')).toBe(true);
    expect(finds('åström ESTH')).toBe(true);
    expect(finds('märta öberg')).toBe(true);
  });

  it('keeps å, ä and ö as letters of their own, however the keyboard encoded them', () => {
    expect(finds('A\u030Astro\u0308m')).toBe(true);
    expect(finds('astrom')).toBe(false);
    expect(finds('Marta')).toBe(false);
    expect(nameTokens('Ærø Søren')).toEqual(['ärö', 'sören']);
    expect(nameTokens('André Müller')).toEqual(['andre', 'muller']);
  });

  it('finds her by her personal identity number written with or without century, hyphen or spaces', () => {
    for (const written of ['19381123-1234', '193811231234', '381123-1234', '3811231234', '381123 1234'])
      expect(finds(written)).toBe(true);
    expect(finds('19381123-1235')).toBe(false);
  });

  it('does not find her by a name she does not have, or by a word matching only part of another', () => {
    expect(finds('Svensson')).toBe(false);
    expect(finds('esther svensson')).toBe(false);
    expect(finds('berg')).toBe(false);
  });

  it('asks for at least two letters rather than listing half the register', () => {
    expect(patientSearchOf('E')).toEqual({
      ok: false,
      problem: 'type at least 2 letters of a name, or a personal identity number',
    });
    expect(patientSearchOf('  - ').ok).toBe(false);
  });
});
