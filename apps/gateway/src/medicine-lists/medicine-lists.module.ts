import { Module } from '@nestjs/common';
import { careEventStoreProvider } from '@carechain/messaging';
import { PatientRecordsModule } from '../patient-records/patient-records.module';
import { MedicineListChangesResolver } from './medicine-list-changes.resolver';
import { MedicineListsResolver } from './medicine-lists.resolver';

@Module({
  imports: [PatientRecordsModule],
  providers: [careEventStoreProvider, MedicineListsResolver, MedicineListChangesResolver],
})
export class MedicineListsModule {}
