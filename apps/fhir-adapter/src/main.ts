import { runService } from '@carechain/service-runtime';
import { FhirAdapterModule } from './fhir-adapter.module';

void runService('fhir-adapter', () => FhirAdapterModule.fromEnv());
