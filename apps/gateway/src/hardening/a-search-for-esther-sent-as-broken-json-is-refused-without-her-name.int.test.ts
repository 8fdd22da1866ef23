import {
  createTestDatabase,
  serviceEnv,
  startServiceProcess,
  startTestBroker,
  type RunningBroker,
  type RunningService,
  type TestDatabase,
} from '@carechain/testing';

describe('a ward nurse searches for Esther by name and her client sends the name unquoted', () => {
  let db: TestDatabase;
  let broker: RunningBroker;
  let gateway: RunningService;

  beforeAll(async () => {
    [db, broker] = await Promise.all([createTestDatabase(), startTestBroker()]);
    gateway = await startServiceProcess('gateway', serviceEnv(db.url, broker.brokers));
  });

  afterAll(async () => {
    await gateway?.stop();
    await broker?.stop();
    await db?.drop();
  });

  it('is refused with 400 saying what is wrong with the JSON, never quoting her name', async () => {
    const res = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-carechain-actor': 'nurse-1',
        'x-carechain-care-link': 'ryhov-med-3',
      },
      body: '{"query":"query($q: String!) { findPatients(query: $q) { name } }","variables":{"q": Esther Svensson}}',
    });

    expect(res.status).toBe(400);
    const answer = await res.text();
    expect(JSON.parse(answer)).toMatchObject({
      message: 'a value is not written as JSON (text goes in double quotes)',
    });
    expect(answer).not.toMatch(/Esther|Svensson/);
  });
});
