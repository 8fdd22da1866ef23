import { Controller, Get, UseGuards } from '@nestjs/common';
import { OperatorAuthentication } from '../operators/operator-authentication.guard';
import { Connections } from './connections';

@Controller('connections')
@UseGuards(OperatorAuthentication)
export class ConnectionsController {
  constructor(private readonly connections: Connections) {}

  /** Per connection: state, last sync, lag, cursors, counts, recent errors and unmappable resources. */
  @Get('status')
  status() {
    const now = new Date();
    return { connections: this.connections.all.map((c) => c.status.view(now)) };
  }
}
