import { timingSafeEqual } from 'node:crypto';
import {
  Controller,
  Headers,
  HttpCode,
  NotFoundException,
  Param,
  Post,
  UnauthorizedException,
} from '@nestjs/common';
import { Connections } from '../connections/connections';
import { InboundSync } from './inbound-sync';

@Controller('connections')
export class NotificationsController {
  constructor(
    private readonly connections: Connections,
    private readonly sync: InboundSync,
  ) {}

  /** Where the EHR's rest-hook notifications arrive; each starts the connection's next sync now. */
  @Post(':id/notifications')
  @HttpCode(200)
  notify(@Param('id') id: string, @Headers('authorization') authorization: string | undefined) {
    const ehr = this.connections.all.find((c) => c.connection.id === id && c.connection.subscription);
    if (!ehr) throw new NotFoundException(`no connection ${id} takes notifications`);
    const expected = Buffer.from(`Bearer ${ehr.connection.notificationSecret}`);
    const given = Buffer.from(authorization ?? '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      throw new UnauthorizedException('the notification does not carry the agreed secret');
    ehr.status.notified();
    this.sync.syncNow(id);
    return {};
  }
}
