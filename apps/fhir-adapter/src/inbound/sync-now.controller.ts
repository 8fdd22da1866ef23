import { Controller, HttpCode, NotFoundException, Param, Post, UseGuards } from '@nestjs/common';
import { OperatorAuthentication } from '../operators/operator-authentication.guard';
import { Connections } from '../connections/connections';
import { InboundSync } from './inbound-sync';

@Controller('connections')
@UseGuards(OperatorAuthentication)
export class SyncNowController {
  constructor(
    private readonly connections: Connections,
    private readonly sync: InboundSync,
  ) {}

  /** Starts the connection's next sync now instead of at the end of its poll interval. */
  @Post(':id/sync')
  @HttpCode(202)
  syncNow(@Param('id') id: string) {
    if (!this.connections.all.some((c) => c.connection.id === id))
      throw new NotFoundException(`no connection ${id}`);
    return { connectionId: id, started: this.sync.syncNow(id) ? 'now' : 'already syncing' };
  }
}
