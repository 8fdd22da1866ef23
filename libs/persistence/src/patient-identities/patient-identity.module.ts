import { Global, Module, type DynamicModule } from '@nestjs/common';
import { PRISMA } from '../persistence.module';
import type { PrismaClient } from '../prisma';
import { identityKeysOf } from './identity-sealing';
import { PatientIdentityRegister } from './patient-identity-register';

/** The identity register for a service that writes or (the gateway's door) reads identities. */
@Global()
@Module({})
export class PatientIdentityModule {
  static forRoot(registerKey: Buffer): DynamicModule {
    return {
      module: PatientIdentityModule,
      providers: [
        {
          provide: PatientIdentityRegister,
          inject: [PRISMA],
          useFactory: (prisma: PrismaClient) =>
            new PatientIdentityRegister(prisma, identityKeysOf(registerKey)),
        },
      ],
      exports: [PatientIdentityRegister],
    };
  }
}
