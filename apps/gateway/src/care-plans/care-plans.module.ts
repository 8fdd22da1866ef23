import { Module, type DynamicModule } from '@nestjs/common';
import { CareCommandsModule } from '../care-commands/care-commands.module';
import { PatientRecordsModule } from '../patient-records/patient-records.module';
import { CARE_PLAN_SETTINGS, CarePlansResolver, type CarePlanSettings } from './care-plans.resolver';

@Module({})
export class CarePlansModule {
  static forRoot(settings: CarePlanSettings): DynamicModule {
    return {
      module: CarePlansModule,
      imports: [PatientRecordsModule, CareCommandsModule],
      providers: [{ provide: CARE_PLAN_SETTINGS, useValue: settings }, CarePlansResolver],
    };
  }
}
