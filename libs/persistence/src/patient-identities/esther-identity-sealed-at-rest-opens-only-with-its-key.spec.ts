import { randomBytes } from 'node:crypto';
import { blindIndexOf, identityKeysOf, newDataKey, open, seal } from './identity-sealing';

const esther = Buffer.from(
  JSON.stringify({ familyName: 'Svensson', givenNames: 'Esther', personalIdentityNumber: '193811231234' }),
);

describe("Esther's identity sealed at rest", () => {
  const keys = identityKeysOf(randomBytes(32));

  it('opens to what was sealed, with her own data key opened by the register key', () => {
    const { key, sealedKey } = newDataKey(keys, 'esther-1');
    const sealed = seal(key, esther, 'esther-1');
    expect(sealed.includes(Buffer.from('Svensson'))).toBe(false);
    expect(sealed.includes(Buffer.from('193811231234'))).toBe(false);
    const dataKey = open(keys.sealing, sealedKey, 'esther-1');
    expect(open(dataKey, sealed, 'esther-1').toString()).toBe(esther.toString());
  });

  it('seals the same identity differently every time, so equal identities cannot be spotted', () => {
    const { key } = newDataKey(keys, 'esther-1');
    expect(seal(key, esther, 'esther-1').equals(seal(key, esther, 'esther-1'))).toBe(false);
  });

  it('does not open under another register key, for another patient, or once changed', () => {
    const { key, sealedKey } = newDataKey(keys, 'esther-1');
    const sealed = seal(key, esther, 'esther-1');
    expect(() => open(identityKeysOf(randomBytes(32)).sealing, sealedKey, 'esther-1')).toThrow();
    expect(() => open(key, sealed, 'someone-else')).toThrow();
    const changed = Buffer.from(sealed);
    changed[changed.length - 1] ^= 1;
    expect(() => open(key, changed, 'esther-1')).toThrow();
  });

  it('indexes equal search terms equally under one key and differently under another', () => {
    expect(blindIndexOf(keys, 'name:sv').equals(blindIndexOf(keys, 'name:sv'))).toBe(true);
    expect(blindIndexOf(keys, 'name:sv').equals(blindIndexOf(keys, 'name:sw'))).toBe(false);
    expect(
      blindIndexOf(identityKeysOf(randomBytes(32)), 'name:sv').equals(blindIndexOf(keys, 'name:sv')),
    ).toBe(false);
  });

  it('refuses a register key that is not 32 bytes', () => {
    expect(() => identityKeysOf(randomBytes(16))).toThrow('the identity register key must be 32 bytes');
  });
});
