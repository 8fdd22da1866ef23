import { Module } from '@nestjs/common';
import { CareCommandsModule } from '../care-commands/care-commands.module';
import { PatientRecordsModule } from '../patient-records/patient-records.module';
import { DischargeDelaysResolver } from './discharge-delays.resolver';

@Module({ imports: [PatientRecordsModule, CareCommandsModule], providers: [DischargeDelaysResolver] })
export class DischargeDelaysModule {}
