import { Module } from '@nestjs/common';
import { careEventStoreProvider } from '@carechain/messaging';
import { AccessModule } from '../access/access.module';
import { ReadinessResolver } from './readiness.resolver';

@Module({ imports: [AccessModule], providers: [careEventStoreProvider, ReadinessResolver] })
export class ReadinessModule {}
