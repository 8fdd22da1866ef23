import { Module } from '@nestjs/common';
import { DischargePlanningRecords } from './discharge-planning-records';
import { HandoverRecordReads } from './handover-record-reads';
import { HandoverRecords } from './handover-records';
import { LiabilityRecords } from './liability-records';
import { PatientIdentityRecords } from './patient-identity-records';
import { PatientRecords } from './patient-records';
import { RecordAccess } from './record-access';

const doors = [
  RecordAccess,
  PatientRecords,
  PatientIdentityRecords,
  HandoverRecords,
  HandoverRecordReads,
  LiabilityRecords,
  DischargePlanningRecords,
];

/** The one door to patient data: capabilities import it instead of reading patient read models. */
@Module({ providers: doors, exports: doors })
export class PatientRecordsModule {}
