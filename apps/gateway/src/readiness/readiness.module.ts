import { Module } from '@nestjs/common';
import { CareCommandsModule } from '../care-commands/care-commands.module';
import { PatientRecordsModule } from '../patient-records/patient-records.module';
import { ReadinessResolver } from './readiness.resolver';

@Module({ imports: [PatientRecordsModule, CareCommandsModule], providers: [ReadinessResolver] })
export class ReadinessModule {}
