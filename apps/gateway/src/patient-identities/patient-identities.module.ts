import { Module } from '@nestjs/common';
import { PatientRecordsModule } from '../patient-records/patient-records.module';
import { PatientIdentitiesResolver } from './patient-identities.resolver';

@Module({ imports: [PatientRecordsModule], providers: [PatientIdentitiesResolver] })
export class PatientIdentitiesModule {}
