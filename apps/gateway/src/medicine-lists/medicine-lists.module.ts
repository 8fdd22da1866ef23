import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { CareCommandsModule } from '../care-commands/care-commands.module';
import { MedicineListChangesResolver } from './medicine-list-changes.resolver';
import { MedicineListHistory } from './medicine-list-history';
import { MedicineListsResolver } from './medicine-lists.resolver';

@Module({
  imports: [AccessModule, CareCommandsModule],
  providers: [MedicineListHistory, MedicineListsResolver, MedicineListChangesResolver],
  exports: [MedicineListHistory],
})
export class MedicineListsModule {}
