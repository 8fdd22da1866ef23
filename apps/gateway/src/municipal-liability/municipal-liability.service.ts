import { Inject, Injectable } from '@nestjs/common';
import {
  isMonth,
  liabilityInvoice,
  type LiabilityModel,
  type RegionalPlanningRules,
} from '@carechain/domain';
import type { Caller } from '../access/caller';
import { badInput } from '../client-errors';
import { LiabilityRecords } from '../patient-records/liability-records';
import type { MunicipalLiabilityInvoice } from './municipal-liability.model';

export const PLANNING_RULES = Symbol('RegionalPlanningRules');

const modelText = (model: LiabilityModel) =>
  model.kind === 'grace-days'
    ? `${model.graceDays} grace days`
    : `regional average ${model.averageDays} days`;

@Injectable()
export class MunicipalLiability {
  constructor(
    private readonly records: LiabilityRecords,
    @Inject(PLANNING_RULES) private readonly rules: RegionalPlanningRules,
  ) {}

  async invoice(
    caller: Caller,
    municipalityId: string,
    month: string,
    asOf = new Date(),
  ): Promise<MunicipalLiabilityInvoice> {
    if (!isMonth(month)) throw badInput('month', `'${month}' is not a month in the form YYYY-MM`);
    const stays = await this.records.stays(caller, municipalityId, month);
    const { lines, model, ...invoice } = liabilityInvoice(municipalityId, month, stays, this.rules, asOf);
    return { ...invoice, model: modelText(model), days: lines };
  }
}
