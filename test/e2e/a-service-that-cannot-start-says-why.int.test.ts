import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import {
  ADT_MAPPING_FILE,
  createTestDatabase,
  startServiceProcess,
  testIdentityKey,
  type TestDatabase,
} from '@carechain/testing';
import { RunningPlatform } from './running-platform';

/** Processes this test process started that are still alive (services are its direct children). */
function childrenOfThisProcess(): string[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((entry) => {
      try {
        // Field 4 of stat is the parent; the command (field 2) may hold spaces, so read after it.
        const afterCommand = readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1];
        const state = afterCommand.split(' ')[0];
        if (Number(afterCommand.split(' ')[1]) !== process.pid || state === 'Z') return [];
        return [readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ')];
      } catch {
        return [];
      }
    });
}

describe('a service that cannot start says why, and a platform that cannot start leaves nothing running', () => {
  let taken: Server;
  let takenPort: number;
  let db: TestDatabase;
  const listenerOnTakenPort = () => ({
    HL7_MAPPING_FILE: ADT_MAPPING_FILE,
    HL7_MLLP_HOST: '127.0.0.1',
    HL7_MLLP_PORT: String(takenPort),
  });

  beforeAll(async () => {
    // Another program already listens where the interface engines are told to send ADT messages.
    taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    takenPort = (taken.address() as { port: number }).port;
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await new Promise((resolve) => taken?.close(resolve));
    await db?.drop();
  });

  it('names the taken MLLP port in the failure of its start', async () => {
    await expect(
      startServiceProcess('hl7-listener', {
        ...process.env,
        DATABASE_URL: db.url,
        IDENTITY_ENCRYPTION_KEY: testIdentityKey,
        ...listenerOnTakenPort(),
      }),
    ).rejects.toThrow(
      new RegExp(
        `hl7-listener exited during start-up \\(code 1\\): [^]*hl7-listener cannot start: .*EADDRINUSE.*${takenPort}`,
      ),
    );
    expect(childrenOfThisProcess()).toEqual([]);
  });

  it('names a wrong setting of a service that does not start', async () => {
    await expect(
      startServiceProcess('hl7-listener', {
        ...process.env,
        DATABASE_URL: db.url,
        IDENTITY_ENCRYPTION_KEY: testIdentityKey,
        HL7_MAPPING_FILE: undefined,
      }),
    ).rejects.toThrow(
      /code 78\): hl7-listener cannot start\. Configuration is not valid:\s+- HL7_MAPPING_FILE is required/,
    );
  });

  it('stops the services and broker that did start when one of them cannot', async () => {
    await expect(
      RunningPlatform.start({
        'hl7-listener': listenerOnTakenPort(),
      }),
    ).rejects.toThrow(/EADDRINUSE/);
    expect(childrenOfThisProcess()).toEqual([]);
  });
});
