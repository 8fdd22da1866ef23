import express from 'express';
import request from 'supertest';
import { trustedHeaders } from './authentication';
import { rateLimitPerCaller } from './rate-limit';

/** A service answering 200 behind a budget of three requests a minute per caller asserted by trusted headers. */
function serviceWithBudget() {
  const app = express();
  app.use(
    rateLimitPerCaller({ perMinute: 3, authenticate: trustedHeaders(), message: { error: 'over budget' } }),
  );
  app.get('/', (_req, res) => res.send('ok'));
  return app;
}

const as = (actor: string, careLink: string) => ({
  'x-carechain-actor': actor,
  'x-carechain-care-link': careLink,
});

describe('a caller asserted by trusted headers keeps one request budget however it spells itself', () => {
  it('counts case, spacing and a changed roles header against the same actor at the same care link', async () => {
    const app = serviceWithBudget();
    const statuses: number[] = [];
    for (const headers of [
      as('nurse-1', 'ryhov-med-3'),
      as('  NURSE-1 ', 'Ryhov-Med-3'),
      { ...as('Nurse-1', 'ryhov-med-3 '), 'x-carechain-roles': 'hospital-staff' },
      as('nurse-1', 'RYHOV-MED-3'),
    ])
      statuses.push((await request(app).get('/').set(headers)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    // Another nurse, or the same one acting for another care link, has a budget of their own.
    expect((await request(app).get('/').set(as('nurse-2', 'ryhov-med-3'))).status).toBe(200);
    expect((await request(app).get('/').set(as('nurse-1', 'varnamo-med'))).status).toBe(200);
  });

  it('puts callers who cannot be identified on their address, whatever they send', async () => {
    const app = serviceWithBudget();
    const statuses: number[] = [];
    for (const headers of [{}, as('', 'ryhov-med-3'), { 'x-carechain-actor': 'nobody' }, {}])
      statuses.push((await request(app).get('/').set(headers)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });
});
