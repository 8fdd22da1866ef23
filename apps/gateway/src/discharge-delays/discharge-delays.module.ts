import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { CareCommandsModule } from '../care-commands/care-commands.module';
import { DischargeDelaysResolver } from './discharge-delays.resolver';

@Module({ imports: [AccessModule, CareCommandsModule], providers: [DischargeDelaysResolver] })
export class DischargeDelaysModule {}
