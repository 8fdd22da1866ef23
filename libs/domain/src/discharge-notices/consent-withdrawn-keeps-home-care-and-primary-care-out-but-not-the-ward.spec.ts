import { careRelationshipOf } from '../access/permissions';
import { consentWithholds } from './consent';
import { decideConsent } from './decide-planning';

const now = new Date('2026-11-23T10:00:00+01:00');
const inJourney = { journey: { dischargedAt: null }, lastHandoverAddressedAt: null };

describe('Esther withdraws her consent to sharing with the municipality and primary care', () => {
  it('keeps home care, nursing homes and primary care out of her record while the ward keeps its view', () => {
    for (const kind of ['home-care', 'nursing-home', 'primary-care-unit'])
      expect(
        careRelationshipOf(
          { ...inJourney, withheldByConsent: consentWithholds('consent-withdrawn', kind) },
          now,
          30,
        ),
      ).toBeNull();
    expect(
      careRelationshipOf(
        { ...inJourney, withheldByConsent: consentWithholds('consent-withdrawn', 'hospital-ward') },
        now,
        30,
      ),
    ).toBe('in-journey');
  });

  it('opens it again when she consents, or when an exception the law allows is recorded after the withdrawal', () => {
    for (const latest of ['consent-given', 'emergency', 'cannot-consent', null] as const)
      expect(consentWithholds(latest, 'home-care')).toBe(false);
  });

  it('asks why when an exception is recorded', () => {
    expect(decideConsent({ basis: 'emergency' })).toEqual({
      ok: false,
      refusal: { kind: 'invalid', problems: [{ field: 'note', message: 'say why the exception applies' }] },
    });
    expect(decideConsent({ basis: 'consent-withdrawn' })).toEqual({
      ok: true,
      events: [{ type: 'ConsentRecorded', payload: { basis: 'consent-withdrawn' } }],
    });
  });
});
