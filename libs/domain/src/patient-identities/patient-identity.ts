/** Who a patient is, as the identity register keeps it apart from the event stream. */
export interface PersonIdentity {
  familyName: string;
  givenNames: string;
  /** Twelve digits, YYYYMMDDNNNN; a coordination number has 60 added to the day. */
  personalIdentityNumber: string | null;
}

export type PersonalIdentityNumberReading = { ok: true; digits: string } | { ok: false; problem: string };

const written = /^(\d{2})?(\d{6})([-+]?)(\d{4})$/;

/**
 * A personal identity number (personnummer) or coordination number (samordningsnummer) as twelve
 * digits, however it was written: with or without the century, the hyphen or spaces. A ten-digit
 * number takes the latest century that is not in the future, or the one before with "+" (100 or
 * older). The check digit is not verified: the sending record system is the authority on it.
 */
export function personalIdentityNumberOf(text: string, today: Date): PersonalIdentityNumberReading {
  const match = written.exec(text.replace(/\s/g, ''));
  if (!match)
    return {
      ok: false,
      problem: 'must be a personal identity or coordination number: YYYYMMDD-NNNN or YYMMDD-NNNN',
    };
  const [, century, date, sign, last] = match;
  const year = Number(date.slice(0, 2));
  const thisYear = today.getUTCFullYear();
  const fullYear = century
    ? Number(century) * 100 + year
    : thisYear - ((((thisYear - year) % 100) + 100) % 100) - (sign === '+' ? 100 : 0);
  const month = Number(date.slice(2, 4));
  const day = Number(date.slice(4, 6));
  const birthDay = day > 60 ? day - 60 : day;
  const valid =
    month >= 1 &&
    month <= 12 &&
    birthDay >= 1 &&
    birthDay <= new Date(Date.UTC(fullYear, month, 0)).getUTCDate();
  if (!valid) return { ok: false, problem: 'has no valid date of birth (month 01-12, day 01-31 or 61-91)' };
  return { ok: true, digits: `${fullYear}${date.slice(2)}${last}` };
}

/** As staff read it: YYYYMMDD-NNNN. */
export const displayedPersonalIdentityNumber = (digits: string) => `${digits.slice(0, 8)}-${digits.slice(8)}`;

// Nordic spellings of the same letters; every other accent is dropped so "Andre" finds "André".
const nordic: Record<string, string> = { æ: 'ä', ø: 'ö' };

/**
 * The words of a name as search compares them: lower case, å, ä and ö kept as the letters of their
 * own that they are in Swedish (however they were encoded), other accents dropped, split at
 * anything that is not a letter (hyphens, spaces, commas).
 */
export function nameTokens(text: string): string[] {
  return (
    [...text.normalize('NFC').toLocaleLowerCase('sv')]
      // ASCII has no accent to drop: most letters of most names skip the normalising.
      .map((c) =>
        c < '\u0080' ? c : (nordic[c] ?? ('åäö'.includes(c) ? c : c.normalize('NFD').replace(/\p{M}/gu, ''))),
      )
      .join('')
      .split(/[^\p{L}]+/u)
      .filter(Boolean)
  );
}

/** Shortest part of a name that finds it; a single letter would match half the register. */
export const shortestNameSearch = 2;
/** Longer parts are compared on their first letters only. */
const longestNamePrefix = 20;

const nameTerm = (prefix: string) => `name:${prefix}`;
const numberTerm = (digits: string) => `pnr:${digits}`;
// Ten digits without the century find the person too, whatever century the searcher assumes.
const shortNumberTerm = (tenDigits: string) => `pnr10:${tenDigits}`;

/**
 * What the register's blind index keeps for one identity: every beginning of every name word (so
 * "sv" and "svens" find Svensson) and the personal identity number with and without its century.
 */
export function searchTermsOf(identity: PersonIdentity): string[] {
  const prefixes = nameTokens(`${identity.givenNames} ${identity.familyName}`).flatMap((token) =>
    Array.from({ length: Math.min(token.length, longestNamePrefix) - shortestNameSearch + 1 }, (_, i) =>
      nameTerm(token.slice(0, shortestNameSearch + i)),
    ),
  );
  const number = identity.personalIdentityNumber;
  return [
    ...new Set([...prefixes, ...(number ? [numberTerm(number), shortNumberTerm(number.slice(2))] : [])]),
  ];
}

export type PatientSearch = { ok: true; terms: string[] } | { ok: false; problem: string };

/**
 * What a staff search asks the blind index: a personal identity number (with or without century
 * and hyphen), or words that each begin a part of the name. Every term must match.
 */
export function patientSearchOf(query: string): PatientSearch {
  const compact = query.replace(/\s/g, '');
  const number = written.exec(compact);
  if (number) {
    const digits = `${number[1] ?? ''}${number[2]}${number[4]}`;
    return { ok: true, terms: [digits.length === 12 ? numberTerm(digits) : shortNumberTerm(digits)] };
  }
  const words = nameTokens(query).filter((word) => word.length >= shortestNameSearch);
  if (!words.length)
    return {
      ok: false,
      problem: `type at least ${shortestNameSearch} letters of a name, or a personal identity number`,
    };
  return { ok: true, terms: [...new Set(words.map((w) => nameTerm(w.slice(0, longestNamePrefix))))] };
}
