/**
 * How a FHIR adapter's connection fares: starting, syncing, caught up (idle), held by another replica
 * (standby), retrying a failed call, failed its last sync, or paused after repeated failures
 * (circuit-open). The adapter reports these and the gateway relays them.
 */
export const ehrConnectionStates = [
  'starting',
  'syncing',
  'idle',
  'standby',
  'retrying',
  'failing',
  'circuit-open',
] as const;
export type EhrConnectionState = (typeof ehrConnectionStates)[number];
