import { adtMessages, careEventOf as eventOf, withField } from './__fixtures__/adt-messages';

const withPd1 = (message: string, pd1: string) => message.replace(/(\rPV1\|)/, `\r${pd1}$1`);
const address = (street: string, type: string, code: string) =>
  `${street}^^J\\XF6\\nk\\XF6\\ping^^55318^SWE^${type}^^${code}`;

describe('Esther is admitted from Jönköping, listed at Vårdcentralen Huskvarna, and the admission says so in codes only', () => {
  it('carries the municipality code of her home address (PID-11.9) and the HSA id of her unit (PD1-3), never the address', () => {
    const message = withPd1(
      withField(
        adtMessages.admitted,
        'PID',
        11,
        `${address('Box 12', 'M', '0687')}~${address('Storgatan 1', 'H', '0680')}`,
      ),
      'PD1|||V\\XE5\\rdcentralen Huskvarna^^^^^^^^^SE2321000057-1003',
    );
    const admitted = eventOf(message);
    expect(admitted.payload).toEqual({
      stayId: 'V-2026-4711@RYHOV',
      wardCareLinkId: 'ryhov-med-3',
      admissionType: 'emergency',
      homeMunicipalityCode: '0680',
      listedPrimaryCareUnitHsaId: 'SE2321000057-1003',
    });
    expect(JSON.stringify(admitted)).not.toMatch(/Storgatan|Box 12/);
  });

  it('admits her all the same when the address has no municipality code and no unit is listed', () => {
    expect(eventOf(adtMessages.admitted).payload).toEqual({
      stayId: 'V-2026-4711@RYHOV',
      wardCareLinkId: 'ryhov-med-3',
      admissionType: 'emergency',
    });
  });
});
