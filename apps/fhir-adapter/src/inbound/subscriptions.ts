import type { ConnectedEhr } from '../connections/connections';

/**
 * Asks the EHR for an R4 rest-hook Subscription per synced type. Notifications carry no resource
 * (empty payload, so no patient data travels): each one only starts the next sync now, and the
 * cursor walk reads what changed. Polling goes on as the safety net for lost notifications.
 */
export async function subscribe({ connection, server, status }: ConnectedEhr): Promise<void> {
  const { notificationUrl } = connection.subscription!;
  try {
    for (const type of connection.resourceTypes) {
      await server.create(
        {
          resourceType: 'Subscription',
          status: 'requested',
          reason: 'Carechain: a change wakes the FHIR adapter, which reads it by _lastUpdated',
          criteria: `${type}?`,
          channel: {
            type: 'rest-hook',
            endpoint: notificationUrl,
            header: [`Authorization: Bearer ${connection.notificationSecret}`],
          },
        } as never,
        `url=${encodeURIComponent(notificationUrl)}&criteria=${type}`,
      );
    }
    status.subscriptions = `requested for ${connection.resourceTypes.join(', ')}`;
  } catch (error) {
    status.subscriptions = `not registered, polling only: ${(error as Error).message}`;
  }
}
