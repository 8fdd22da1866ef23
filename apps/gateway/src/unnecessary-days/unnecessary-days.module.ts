import { Module, type DynamicModule } from '@nestjs/common';
import { PatientRecordsModule } from '../patient-records/patient-records.module';
import { CareLinksModule } from '../care-links/care-links.module';
import { UnnecessaryDaysResolver } from './unnecessary-days.resolver';
import {
  DASHBOARD_SETTINGS,
  UnnecessaryDaysService,
  type DashboardSettings,
} from './unnecessary-days.service';

@Module({})
export class UnnecessaryDaysModule {
  static forRoot(settings: DashboardSettings): DynamicModule {
    return {
      module: UnnecessaryDaysModule,
      imports: [PatientRecordsModule, CareLinksModule],
      providers: [
        { provide: DASHBOARD_SETTINGS, useValue: settings },
        UnnecessaryDaysService,
        UnnecessaryDaysResolver,
      ],
      exports: [UnnecessaryDaysService, DASHBOARD_SETTINGS],
    };
  }
}
