import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { careEventStoreProvider } from '@carechain/messaging';
import type { Authenticate } from '@carechain/service-runtime';
import { PatientIdentityController } from '../patient-identities/patient-identity.controller';
import { INTAKE_AUTHENTICATE, IntakeAuthentication } from './intake-authentication.guard';
import { CareRelationships, RELATIONSHIP_DAYS } from './care-relationships';
import { CommandConsumer } from './command-consumer';
import { IntakeController } from './intake.controller';
import { IntakeService } from './intake.service';
import { RequestBodyFilter } from './request-body.filter';
import { SUBMITTER_CONFIGURATION, type SubmitterConfiguration } from './submitters';

export interface IntakeSettings {
  /** null when the HTTP intake is open (INTAKE_AUTH_MODE=none). */
  authenticate: Authenticate | null;
  submitters: SubmitterConfiguration;
  /** Days after discharge that a care link keeps its relationship (as the gateway's ACCESS_RELATIONSHIP_DAYS). */
  relationshipDays: number;
}

@Module({})
export class IntakeModule {
  static forRoot(settings: IntakeSettings): DynamicModule {
    return {
      module: IntakeModule,
      controllers: [IntakeController, PatientIdentityController],
      providers: [
        { provide: INTAKE_AUTHENTICATE, useValue: settings.authenticate },
        { provide: SUBMITTER_CONFIGURATION, useValue: settings.submitters },
        { provide: RELATIONSHIP_DAYS, useValue: settings.relationshipDays },
        CareRelationships,
        IntakeAuthentication,
        careEventStoreProvider,
        IntakeService,
        CommandConsumer,
        { provide: APP_FILTER, useClass: RequestBodyFilter },
      ],
    };
  }
}
