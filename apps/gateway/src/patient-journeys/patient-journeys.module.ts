import { Module } from '@nestjs/common';
import { PatientRecordsModule } from '../patient-records/patient-records.module';
import { PatientJourneysResolver } from './patient-journeys.resolver';

@Module({ imports: [PatientRecordsModule], providers: [PatientJourneysResolver] })
export class PatientJourneysModule {}
