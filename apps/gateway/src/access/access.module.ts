import { Global, Module, type DynamicModule } from '@nestjs/common';
import { AccessLogResolver } from './access-log.resolver';
import { ACCESS_SETTINGS, PatientAccess, type AccessSettings } from './patient-access';

@Module({ providers: [PatientAccess], exports: [PatientAccess] })
export class AccessModule {}

/** The access settings, once for the gateway, for every capability that imports AccessModule. */
@Global()
@Module({})
export class AccessSettingsModule {
  static forRoot(settings: AccessSettings): DynamicModule {
    return {
      module: AccessSettingsModule,
      providers: [{ provide: ACCESS_SETTINGS, useValue: settings }, PatientAccess, AccessLogResolver],
      exports: [ACCESS_SETTINGS],
    };
  }
}
