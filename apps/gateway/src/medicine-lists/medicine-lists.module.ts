import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { MedicineListsResolver } from './medicine-lists.resolver';

@Module({ imports: [AccessModule], providers: [MedicineListsResolver] })
export class MedicineListsModule {}
