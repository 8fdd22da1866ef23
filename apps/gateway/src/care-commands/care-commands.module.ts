import { Module } from '@nestjs/common';
import { careEventStoreProvider } from '@carechain/messaging';
import { CareCommands } from './care-commands.service';
import { CommandState } from './command-state';
import { StaffCommands } from './staff-commands';

@Module({
  providers: [careEventStoreProvider, CareCommands, CommandState, StaffCommands],
  exports: [CareCommands, StaffCommands],
})
export class CareCommandsModule {}
