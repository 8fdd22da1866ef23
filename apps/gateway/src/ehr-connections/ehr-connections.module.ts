import { Module, type DynamicModule } from '@nestjs/common';
import { PatientRecordsModule } from '../patient-records/patient-records.module';
import { EhrConnections, FHIR_ADAPTER_URL } from './ehr-connections';
import { EhrConnectionsResolver } from './ehr-connections.resolver';
import { EhrConnectionSettingsStore } from './ehr-connection-settings';

@Module({})
export class EhrConnectionsModule {
  /** `adapterUrl` is null when no FHIR adapter runs beside this gateway. */
  static forRoot(adapterUrl: string | null): DynamicModule {
    return {
      module: EhrConnectionsModule,
      imports: [PatientRecordsModule],
      providers: [
        { provide: FHIR_ADAPTER_URL, useValue: adapterUrl },
        EhrConnections,
        EhrConnectionSettingsStore,
        EhrConnectionsResolver,
      ],
    };
  }
}
