import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { PatientJourneysResolver } from './patient-journeys.resolver';

@Module({ imports: [AccessModule], providers: [PatientJourneysResolver] })
export class PatientJourneysModule {}
