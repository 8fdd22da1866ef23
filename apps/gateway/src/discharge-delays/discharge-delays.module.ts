import { Module } from '@nestjs/common';
import { careEventStoreProvider } from '@carechain/messaging';
import { AccessModule } from '../access/access.module';
import { DischargeDelaysResolver } from './discharge-delays.resolver';

@Module({ imports: [AccessModule], providers: [careEventStoreProvider, DischargeDelaysResolver] })
export class DischargeDelaysModule {}
