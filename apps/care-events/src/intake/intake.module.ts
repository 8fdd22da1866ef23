import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { careEventStoreProvider } from '@carechain/messaging';
import type { Authenticate } from '@carechain/service-runtime';
import { INTAKE_AUTHENTICATE, IntakeAuthentication } from './intake-authentication.guard';
import { CommandConsumer } from './command-consumer';
import { IntakeController } from './intake.controller';
import { IntakeService } from './intake.service';
import { RequestBodyFilter } from './request-body.filter';

@Module({})
export class IntakeModule {
  /** `authenticate` is null when the HTTP intake is open (INTAKE_AUTH_MODE=none). */
  static forRoot(authenticate: Authenticate | null): DynamicModule {
    return {
      module: IntakeModule,
      controllers: [IntakeController],
      providers: [
        { provide: INTAKE_AUTHENTICATE, useValue: authenticate },
        IntakeAuthentication,
        careEventStoreProvider,
        IntakeService,
        CommandConsumer,
        { provide: APP_FILTER, useClass: RequestBodyFilter },
      ],
    };
  }
}
