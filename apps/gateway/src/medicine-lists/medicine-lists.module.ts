import { Module } from '@nestjs/common';
import { careEventStoreProvider } from '@carechain/messaging';
import { AccessModule } from '../access/access.module';
import { MedicineListChangesResolver } from './medicine-list-changes.resolver';
import { MedicineListHistory } from './medicine-list-history';
import { MedicineListsResolver } from './medicine-lists.resolver';

@Module({
  imports: [AccessModule],
  providers: [
    careEventStoreProvider,
    MedicineListHistory,
    MedicineListsResolver,
    MedicineListChangesResolver,
  ],
  exports: [MedicineListHistory],
})
export class MedicineListsModule {}
