import request from 'supertest';
import type { Subscription } from '@medplum/fhirtypes';
import { eventually, uniquePatientId } from '@carechain/testing';
import { AdapterUnderTest } from '../__fixtures__/adapter-under-test';
import { EhrPatient } from '../__fixtures__/ehr';

const NOTIFICATIONS = 'http://carechain.test/connections/ryhov/notifications';

describe('an EHR that notifies changes through FHIR Subscriptions', () => {
  let adapter: AdapterUnderTest;

  beforeAll(async () => {
    adapter = await AdapterUnderTest.start(
      {
        pollIntervalSeconds: 3600,
        subscription: { notificationUrl: NOTIFICATIONS, secretEnv: 'RYHOV_NOTIFY_SECRET' },
      },
      { env: { RYHOV_NOTIFY_SECRET: 'notify-secret' } },
    );
  });

  afterAll(async () => {
    await adapter?.stop();
  });

  const notify = (authorization?: string) => {
    const post = request(adapter.app.getHttpServer())
      .post('/connections/ryhov/notifications')
      .set('content-type', 'application/fhir+json');
    return (authorization ? post.set('authorization', authorization) : post).send(
      '{"resourceType":"Bundle","type":"history"}',
    );
  };

  it('asks for a rest-hook Subscription per synced type, without payload so no patient data is sent', async () => {
    await eventually(
      async () => ((await adapter.status()).subscriptions.startsWith('requested') ? true : undefined),
      'subscriptions requested',
    );
    const subscriptions = await adapter.ehr.search<Subscription>('Subscription');
    expect(subscriptions.map((s) => s.criteria).sort()).toEqual([
      'CarePlan?',
      'Encounter?',
      'Flag?',
      'List?',
      'MedicationRequest?',
      'MedicationStatement?',
      'Patient?',
    ]);
    for (const s of subscriptions) {
      expect(s.channel).toEqual({
        type: 'rest-hook',
        endpoint: NOTIFICATIONS,
        header: ['Authorization: Bearer notify-secret'],
      });
    }
  });

  it('syncs as soon as a notification arrives, long before the next poll', async () => {
    await eventually(
      async () => ((await adapter.status()).lastSyncedAt ? true : undefined),
      'the first sync',
    );
    const patient = await (await new EhrPatient(adapter.ehr, uniquePatientId()).register()).admit();

    await notify('Bearer wrong').expect(401);
    await notify().expect(401);
    await notify('Bearer notify-secret').expect(200);
    await eventually(
      async () =>
        (await adapter.prisma.careEvent.count({ where: { patientId: patient.patientId } })) === 1
          ? true
          : undefined,
      'the admission after the notification',
    );
    expect((await adapter.status()).lastNotificationAt).not.toBeNull();
  });
});
