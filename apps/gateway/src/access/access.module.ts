import { Global, Module, type DynamicModule } from '@nestjs/common';
import { PatientRecordsModule } from '../patient-records/patient-records.module';
import { ACCESS_SETTINGS, type AccessSettings } from '../patient-records/record-access';
import { AccessLogResolver } from './access-log.resolver';

/** The access settings, once for the gateway, for every capability that reads through the patient-records door. */
@Global()
@Module({})
export class AccessSettingsModule {
  static forRoot(settings: AccessSettings): DynamicModule {
    return {
      module: AccessSettingsModule,
      imports: [PatientRecordsModule],
      providers: [{ provide: ACCESS_SETTINGS, useValue: settings }, AccessLogResolver],
      exports: [ACCESS_SETTINGS],
    };
  }
}
