import type { RegionalPlanningRules } from '@carechain/domain';

export const DISCHARGE_PLANNING_SETTINGS = Symbol('DischargePlanningSettings');

export interface DischargePlanningSettings {
  /** The region's agreement: deadlines, working days and the 14:00 cut-off. */
  planningRules: RegionalPlanningRules;
  /** How often the flow reads new care events and checks deadlines. */
  intervalMs: number;
  /**
   * How old a stored event must be before the flow reads past it, so that a transaction still
   * writing an earlier sequence number has committed by then.
   */
  settleMs: number;
}
