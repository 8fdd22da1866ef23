import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  createSecretKey,
  hkdfSync,
  randomBytes,
  type KeyObject,
} from 'node:crypto';

/**
 * The two keys the register derives from IDENTITY_ENCRYPTION_KEY: one seals, one indexes. Held as
 * key objects: a Buffer key is imported anew for every cipher and HMAC, half a blind index term's cost.
 */
export interface IdentityKeys {
  sealing: KeyObject;
  index: KeyObject;
}

export const identityKeyBytes = 32;

export function identityKeysOf(registerKey: Buffer): IdentityKeys {
  if (registerKey.length !== identityKeyBytes)
    throw new Error(`the identity register key must be ${identityKeyBytes} bytes`);
  const derive = (purpose: string) =>
    createSecretKey(
      Buffer.from(hkdfSync('sha256', registerKey, Buffer.alloc(0), `carechain identity ${purpose}`, 32)),
    );
  return { sealing: derive('sealing'), index: derive('blind index') };
}

const version = 1;
const ivBytes = 12;
const tagBytes = 16;

/**
 * AES-256-GCM with a fresh nonce; `boundTo` (the patient id) is authenticated with it, so a sealed
 * identity moved to another patient's row no longer opens.
 */
export function seal(key: Buffer | KeyObject, plain: Buffer, boundTo: string): Buffer {
  const iv = randomBytes(ivBytes);
  const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(boundTo, 'utf8'));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([Buffer.from([version]), iv, cipher.getAuthTag(), body]);
}

/** Throws when the key is not the one it was sealed with, or anything was changed. */
export function open(key: Buffer | KeyObject, sealed: Buffer, boundTo: string): Buffer {
  if (sealed[0] !== version) throw new Error(`sealed with unknown version ${sealed[0]}`);
  const iv = sealed.subarray(1, 1 + ivBytes);
  const tag = sealed.subarray(1 + ivBytes, 1 + ivBytes + tagBytes);
  const decipher = createDecipheriv('aes-256-gcm', key, iv)
    .setAAD(Buffer.from(boundTo, 'utf8'))
    .setAuthTag(tag);
  return Buffer.concat([decipher.update(sealed.subarray(1 + ivBytes + tagBytes)), decipher.final()]);
}

/** A data key of one identity's own, and that key sealed under the register's key. */
export function newDataKey(keys: IdentityKeys, patientId: string): { key: Buffer; sealedKey: Buffer } {
  const key = randomBytes(32);
  return { key, sealedKey: seal(keys.sealing, key, patientId) };
}

/** The blind index's form of a search term: a keyed HMAC, shortened; equal terms give equal bytes. */
export const blindIndexOf = (keys: IdentityKeys, term: string): Buffer =>
  createHmac('sha256', keys.index).update(term, 'utf8').digest().subarray(0, 16);

/**
 * A keyed digest of what a source told of a patient: equal exactly when patient, source and
 * identity are, so the database can tell a write that would change nothing without opening anything.
 */
export const toldDigestOf = (
  keys: IdentityKeys,
  patientId: string,
  source: string,
  identity: string,
): Buffer =>
  createHmac('sha256', keys.index).update(`told\n${patientId}\n${source}\n${identity}`, 'utf8').digest();
