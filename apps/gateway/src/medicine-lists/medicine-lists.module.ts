import { Module } from '@nestjs/common';
import { CareCommandsModule } from '../care-commands/care-commands.module';
import { PatientRecordsModule } from '../patient-records/patient-records.module';
import { MedicineListChangesResolver } from './medicine-list-changes.resolver';
import { MedicineListsResolver } from './medicine-lists.resolver';

@Module({
  imports: [PatientRecordsModule, CareCommandsModule],
  providers: [MedicineListsResolver, MedicineListChangesResolver],
})
export class MedicineListsModule {}
