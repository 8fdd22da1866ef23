import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError } from '@carechain/service-runtime';
import { Hl7ListenerModule } from './hl7-listener.module';

const database = {
  DATABASE_URL: 'postgresql://carechain:secret@db:5432/carechain',
  // 32 bytes in base64; the real key comes from the deployment's secret store.
  IDENTITY_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
};

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    Hl7ListenerModule.fromEnv(env);
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems;
    throw error;
  }
  throw new Error('expected the configuration to be refused');
}

describe('the HL7 listener starts with missing or wrong configuration', () => {
  let dir: string;
  const file = (name: string, content: string) => {
    writeFileSync(join(dir, name), content);
    return join(dir, name);
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'carechain-hl7-config-'));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('asks for the mapping file', () => {
    expect(problemsOf(database)).toEqual([
      'HL7_MAPPING_FILE is required: the JSON file that maps ward codes and the patient identifier type',
    ]);
  });

  it('asks for the identity register key, and refuses one of the wrong length', () => {
    const mapping = { HL7_MAPPING_FILE: file('for-key.json', '{}') };
    expect(problemsOf({ DATABASE_URL: database.DATABASE_URL, ...mapping })).toEqual([
      'IDENTITY_ENCRYPTION_KEY is required: the patient identity register key, 32 random bytes in base64 (openssl rand -base64 32)',
    ]);
    expect(problemsOf({ ...database, ...mapping, IDENTITY_ENCRYPTION_KEY: 'c2hvcnQ=' })).toEqual([
      'IDENTITY_ENCRYPTION_KEY must be 32 bytes in base64 (openssl rand -base64 32)',
    ]);
  });

  it('names a mapping file it cannot read or parse', () => {
    expect(problemsOf({ ...database, HL7_MAPPING_FILE: join(dir, 'missing.json') })).toEqual([
      `HL7_MAPPING_FILE: cannot read ${join(dir, 'missing.json')} (ENOENT)`,
    ]);
    const broken = file('broken.json', '{ "wards": ');
    expect(problemsOf({ ...database, HL7_MAPPING_FILE: broken })).toEqual([
      expect.stringMatching(new RegExp(`^HL7_MAPPING_FILE ${broken} is not valid JSON: `)),
    ]);
  });

  it('lists what is wrong inside the mapping, with the file', () => {
    const mapping = file(
      'mapping.json',
      JSON.stringify({ patientIdentifier: { type: 'NNSWE' }, wards: { MED3: 'ryhov-med-3' } }),
    );
    expect(problemsOf({ ...database, HL7_MAPPING_FILE: mapping })).toEqual([
      expect.stringMatching(
        new RegExp(
          `^HL7_MAPPING_FILE ${mapping}: patientIdentifier.0.type: names a personal identity number`,
        ),
      ),
    ]);
  });

  it('wants both the certificate and the key for TLS, and readable files', () => {
    const mapping = file(
      'ok.json',
      JSON.stringify({ patientIdentifier: { type: 'PI' }, wards: { MED3: 'ryhov-med-3' } }),
    );
    expect(problemsOf({ ...database, HL7_MAPPING_FILE: mapping, HL7_MLLP_TLS_CERT_FILE: mapping })).toEqual([
      'TLS needs both HL7_MLLP_TLS_CERT_FILE and HL7_MLLP_TLS_KEY_FILE',
    ]);
    expect(
      problemsOf({
        ...database,
        HL7_MAPPING_FILE: mapping,
        HL7_MLLP_TLS_CERT_FILE: mapping,
        HL7_MLLP_TLS_KEY_FILE: join(dir, 'no-key.pem'),
      }),
    ).toEqual([`HL7_MLLP_TLS_KEY_FILE: cannot read ${join(dir, 'no-key.pem')} (ENOENT)`]);
  });

  it('names the character sets it can read', () => {
    const mapping = file(
      'ok.json',
      JSON.stringify({ patientIdentifier: { type: 'PI' }, wards: { MED3: 'ryhov-med-3' } }),
    );
    expect(problemsOf({ ...database, HL7_MAPPING_FILE: mapping, HL7_MLLP_ENCODING: 'ebcdic' })).toEqual([
      'HL7_MLLP_ENCODING must be utf-8, iso-8859-1, windows-1252 or ascii',
    ]);
  });

  it('starts with a valid mapping and plain TCP', () => {
    const mapping = file(
      'ok.json',
      JSON.stringify({ patientIdentifier: { type: 'PI' }, wards: { MED3: 'ryhov-med-3' } }),
    );
    expect(Hl7ListenerModule.fromEnv({ ...database, HL7_MAPPING_FILE: mapping }).port).toBe(3003);
  });
});
