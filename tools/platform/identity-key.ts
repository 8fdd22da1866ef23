import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from './paths';

/**
 * The local platform's identity register key: made once, kept beside the embedded database in
 * .data (never committed), so identities stored by one `npm start` open in the next. A deployment
 * sets IDENTITY_ENCRYPTION_KEY from its secret store instead.
 */
export function localIdentityKey(): string {
  const file = join(dataDir, 'identity-encryption.key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32).toString('base64');
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  return key;
}
