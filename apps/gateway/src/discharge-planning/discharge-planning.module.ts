import { Module, type DynamicModule } from '@nestjs/common';
import { careEventStoreProvider } from '@carechain/messaging';
import { CareCommandsModule } from '../care-commands/care-commands.module';
import { PatientRecordsModule } from '../patient-records/patient-records.module';
import { DischargePlanningFlow } from './discharge-planning-flow';
import { DischargePlanningResolver } from './discharge-planning.resolver';
import { DISCHARGE_PLANNING_SETTINGS, type DischargePlanningSettings } from './discharge-planning-settings';

@Module({})
export class DischargePlanningModule {
  static forRoot(settings: DischargePlanningSettings): DynamicModule {
    return {
      module: DischargePlanningModule,
      imports: [PatientRecordsModule, CareCommandsModule],
      providers: [
        { provide: DISCHARGE_PLANNING_SETTINGS, useValue: settings },
        careEventStoreProvider,
        DischargePlanningFlow,
        DischargePlanningResolver,
      ],
    };
  }
}
