import { Module } from '@nestjs/common';
import { PatientAccess } from './patient-access';

@Module({ providers: [PatientAccess], exports: [PatientAccess] })
export class AccessModule {}
