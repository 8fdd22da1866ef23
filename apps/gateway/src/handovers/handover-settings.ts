export const HANDOVER_SETTINGS = Symbol('HandoverSettings');

export interface HandoverSettings {
  /** Used when the receiving link's organisation is not in the directory. */
  timeZone: string;
  deadlineCheckIntervalMs: number;
}
