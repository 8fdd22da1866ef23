import { Module } from '@nestjs/common';
import { careEventStoreProvider } from '@carechain/messaging';
import { PatientRecordsModule } from '../patient-records/patient-records.module';
import { DischargeDelaysResolver } from './discharge-delays.resolver';

@Module({ imports: [PatientRecordsModule], providers: [careEventStoreProvider, DischargeDelaysResolver] })
export class DischargeDelaysModule {}
