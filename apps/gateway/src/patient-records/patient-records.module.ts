import { Module } from '@nestjs/common';
import { HandoverRecordReads } from './handover-record-reads';
import { HandoverRecords } from './handover-records';
import { LiabilityRecords } from './liability-records';
import { PatientRecords } from './patient-records';
import { RecordAccess } from './record-access';

/** The one door to patient data: capabilities import it instead of reading patient read models. */
@Module({
  providers: [RecordAccess, PatientRecords, HandoverRecords, HandoverRecordReads, LiabilityRecords],
  exports: [RecordAccess, PatientRecords, HandoverRecords, HandoverRecordReads, LiabilityRecords],
})
export class PatientRecordsModule {}
