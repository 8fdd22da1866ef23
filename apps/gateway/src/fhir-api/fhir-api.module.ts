import { type DynamicModule, Module } from '@nestjs/common';
import type { Authenticate } from '@carechain/service-runtime';
import { PatientRecordsModule } from '../patient-records/patient-records.module';
import { FHIR_AUTHENTICATE, FhirApiController } from './fhir-api.controller';

/** The read-only FHIR R4 API at /fhir/R4, signed in as GraphQL is and read through the patient-records door. */
@Module({})
export class FhirApiModule {
  static forRoot(authenticate: Authenticate): DynamicModule {
    return {
      module: FhirApiModule,
      imports: [PatientRecordsModule],
      controllers: [FhirApiController],
      providers: [{ provide: FHIR_AUTHENTICATE, useValue: authenticate }],
    };
  }
}
