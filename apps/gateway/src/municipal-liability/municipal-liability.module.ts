import { Module, type DynamicModule } from '@nestjs/common';
import type { RegionalPlanningRules } from '@carechain/domain';
import { PatientRecordsModule } from '../patient-records/patient-records.module';
import { MunicipalLiabilityResolver } from './municipal-liability.resolver';
import { MunicipalLiability, PLANNING_RULES } from './municipal-liability.service';

/** The municipalities' payment-liability invoice basis (betalningsansvar, lag 2017:612). */
@Module({})
export class MunicipalLiabilityModule {
  static forRoot(planningRules: RegionalPlanningRules): DynamicModule {
    return {
      module: MunicipalLiabilityModule,
      imports: [PatientRecordsModule],
      providers: [
        { provide: PLANNING_RULES, useValue: planningRules },
        MunicipalLiability,
        MunicipalLiabilityResolver,
      ],
    };
  }
}
