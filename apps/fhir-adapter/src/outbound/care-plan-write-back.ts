import { Injectable, Logger } from '@nestjs/common';
import type { PayloadOf, PublishedCareEvent } from '@carechain/contracts';
import { CARE_PLAN_IDENTIFIER_SYSTEM, carePlanResourceOf, writtenVersionOf } from '@carechain/fhir';
import { InjectPrisma, type PrismaClient } from '@carechain/persistence';
import { Connections, type ConnectedEhr } from '../connections/connections';
import { FhirServerError } from '../connections/fhir-server';
import { SyncState } from '../inbound/sync-state';

export type WriteBackResult = { connectionId: string; outcome: 'created' | 'updated' | 'already written' | 'patient not known here' };

/**
 * Writes the shared care plan to every EHR that knows the patient and takes write-back. The plan is
 * found by its identifier: created with If-None-Exist, updated with If-Match on the version read,
 * and left alone when the EHR already holds this or a newer version, so retries never duplicate.
 */
@Injectable()
export class CarePlanWriteBack {
  private readonly logger = new Logger(CarePlanWriteBack.name);
  private readonly state: SyncState;

  constructor(
    private readonly connections: Connections,
    @InjectPrisma() prisma: PrismaClient,
  ) {
    this.state = new SyncState(prisma);
  }

  get enabled(): boolean {
    return this.connections.all.some((c) => c.connection.writeBack.carePlans);
  }

  async write(event: PublishedCareEvent): Promise<WriteBackResult[]> {
    const plan = event.payload as PayloadOf<'CarePlanUpdated'>;
    const results: WriteBackResult[] = [];
    for (const ehr of this.connections.all) {
      // A plan read in from this EHR is not written back to it.
      if (!ehr.connection.writeBack.carePlans || event.source.system === `fhir:${ehr.connection.id}`) continue;
      const fhirPatientId = await this.state.fhirPatientOf(ehr.connection.id, event.patientId);
      const outcome = fhirPatientId ? await this.writeTo(ehr, plan, fhirPatientId) : 'patient not known here';
      results.push({ connectionId: ehr.connection.id, outcome });
      this.logger.log(`care plan ${plan.carePlanId} v${plan.version} to ${ehr.connection.id}: ${outcome}`);
    }
    return results;
  }

  private async writeTo({ server }: ConnectedEhr, plan: PayloadOf<'CarePlanUpdated'>, fhirPatientId: string): Promise<WriteBackResult['outcome']> {
    const identifier = `${CARE_PLAN_IDENTIFIER_SYSTEM}|${plan.carePlanId}`;
    const body = carePlanResourceOf(plan, `Patient/${fhirPatientId}`);
    for (;;) {
      const found = await server.search('CarePlan', { identifier });
      const existing = found.entry?.find((e) => e.resource?.resourceType === 'CarePlan')?.resource as
        | (Parameters<typeof writtenVersionOf>[0] & { id: string; meta?: { versionId?: string } })
        | undefined;
      if (!existing) {
        await server.create(body, `identifier=${identifier}`);
        return 'created';
      }
      if (writtenVersionOf(existing) >= plan.version) return 'already written';
      try {
        await server.update({ ...body, id: existing.id }, existing.meta?.versionId ?? '');
        return 'updated';
      } catch (error) {
        // Someone changed the plan since it was read: read it again and decide anew.
        if (!(error instanceof FhirServerError && error.status === 412)) throw error;
      }
    }
  }
}
