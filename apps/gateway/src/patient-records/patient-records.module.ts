import { Module } from '@nestjs/common';
import { HandoverRecordReads } from './handover-record-reads';
import { HandoverRecords } from './handover-records';
import { LiabilityRecords } from './liability-records';
import { PatientIdentityRecords } from './patient-identity-records';
import { PatientRecords } from './patient-records';
import { RecordAccess } from './record-access';

/** The one door to patient data: capabilities import it instead of reading patient read models. */
@Module({
  providers: [
    RecordAccess,
    PatientRecords,
    PatientIdentityRecords,
    HandoverRecords,
    HandoverRecordReads,
    LiabilityRecords,
  ],
  exports: [
    RecordAccess,
    PatientRecords,
    PatientIdentityRecords,
    HandoverRecords,
    HandoverRecordReads,
    LiabilityRecords,
  ],
})
export class PatientRecordsModule {}
