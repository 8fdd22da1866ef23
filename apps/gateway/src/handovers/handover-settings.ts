export const HANDOVER_SETTINGS = Symbol('HandoverSettings');

export interface HandoverSettings {
  /** For the notification listener, which needs a connection of its own. */
  databaseUrl: string;
  /** Used when the receiving link's organisation is not in the directory. */
  timeZone: string;
  deadlineCheckIntervalMs: number;
  /** How often the event store is searched for triggers Kafka did not bring, and how old they must be. */
  catchUpIntervalMs: number;
  catchUpGraceMs: number;
}
