import { Injectable, Logger } from '@nestjs/common';
import type { PayloadOf, PublishedCareEvent } from '@carechain/contracts';
import {
  decideDisclosureToEhr,
  foldMedicineList,
  type MedicineListFact,
  type Permission,
} from '@carechain/domain';
import {
  CARE_PLAN_IDENTIFIER_SYSTEM,
  carePlanResourceOf,
  HANDOVER_ACKNOWLEDGEMENT_IDENTIFIER_SYSTEM,
  handoverAcknowledgementResourceOf,
  MEDICINE_LIST_IDENTIFIER_SYSTEM,
  medicineListResourceOf,
  writtenVersionOf,
} from '@carechain/fhir';
import {
  auditAccessDecisions,
  InjectPrisma,
  latestConsents,
  type PrismaClient,
} from '@carechain/persistence';
import type { Connection } from '../connections/connection-config';
import { Connections, type ConnectedEhr } from '../connections/connections';
import { FhirServerError } from '../connections/fhir-server';
import { SyncState } from '../inbound/sync-state';

export type WriteBackResult = {
  connectionId: string;
  outcome: 'created' | 'updated' | 'already written' | 'patient not known here' | 'withheld by consent';
};

type Target = keyof Connection['writeBack'];

interface Written {
  what: string;
  /** system|value by which the resource is found again. */
  identifier: string;
  version: number;
  resourceFor(fhirPatientId: string): { resourceType: string };
}

const targetOf: Partial<Record<string, Target>> = {
  CarePlanUpdated: 'carePlans',
  MedicationListChanged: 'medicineLists',
  HandoverAcknowledged: 'acknowledgements',
};

/** What each write-back discloses of the patient, in the permission table's words. */
const permissionOf: Record<Target, Permission> = {
  carePlans: 'carePlan.read',
  medicineLists: 'medicineList.read',
  acknowledgements: 'handover.patient',
};

/** An acknowledgement goes to the EHR of the ward that sent the handover, and only there. */
const concerns = (event: PublishedCareEvent, connection: Connection) =>
  event.type !== 'HandoverAcknowledged' ||
  connection.careLinks.includes((event.payload as PayloadOf<'HandoverAcknowledged'>).sendingCareLinkId);

/**
 * Writes what Carechain holds for a patient to every EHR that knows the patient and takes it: the
 * shared care plan as a CarePlan, the medicine list as a List, a handover's acknowledgement as a
 * Communication to the sending ward's EHR. Each is found by its identifier;
 * created with If-None-Exist, updated with If-Match on the version read, and left alone when the
 * EHR already holds this or a newer version, so retries and redelivery never duplicate or roll back.
 */
@Injectable()
export class WriteBack {
  private readonly logger = new Logger(WriteBack.name);
  private readonly state: SyncState;

  constructor(
    private readonly connections: Connections,
    @InjectPrisma() private readonly prisma: PrismaClient,
  ) {
    this.state = new SyncState(prisma);
  }

  get enabled(): boolean {
    return this.connections.all.some((c) => Object.values(c.connection.writeBack).some(Boolean));
  }

  async write(event: PublishedCareEvent): Promise<WriteBackResult[]> {
    const target = targetOf[event.type];
    if (!target) return [];
    // What an EHR reported is not written back to it.
    const ehrs = this.connections.all.filter(
      (c) =>
        c.connection.writeBack[target] &&
        event.source.system !== `fhir:${c.connection.id}` &&
        concerns(event, c.connection),
    );
    const results: WriteBackResult[] = [];
    const known: { ehr: ConnectedEhr; fhirPatientId: string }[] = [];
    for (const ehr of ehrs) {
      const fhirPatientId = await this.state.fhirPatientOf(ehr.connection.id, event.patientId);
      if (fhirPatientId) known.push({ ehr, fhirPatientId });
      else results.push({ connectionId: ehr.connection.id, outcome: 'patient not known here' });
    }
    const disclosed = await this.mayDisclose(
      known.map((k) => k.ehr.connection),
      target,
      event.patientId,
    );
    const receiving = known.filter((k) => disclosed.has(k.ehr.connection.id));
    for (const { ehr } of known)
      if (!disclosed.has(ehr.connection.id))
        results.push({ connectionId: ehr.connection.id, outcome: 'withheld by consent' });
    if (!receiving.length) return results;
    const written =
      target === 'carePlans'
        ? this.carePlan(event)
        : target === 'acknowledgements'
          ? this.acknowledgement(event)
          : await this.medicineList(event.patientId);
    for (const { ehr, fhirPatientId } of receiving) {
      const outcome = await this.writeTo(ehr, written, fhirPatientId);
      results.push({ connectionId: ehr.connection.id, outcome });
      this.logger.log(`${written.what} v${written.version} to ${ehr.connection.id}: ${outcome}`);
    }
    return results;
  }

  /**
   * Sending the record to an EHR discloses it to the care links the EHR speaks for: decided per
   * connection by the permission table and her consent, and written to her access log either way.
   * Returns the connections it may go to; her consent and the links' kinds are read once for all.
   */
  private async mayDisclose(
    connections: Connection[],
    target: Target,
    patientId: string,
  ): Promise<Set<string>> {
    if (!connections.length) return new Set();
    const [consents, kinds] = await Promise.all([
      latestConsents(this.prisma, [patientId]),
      this.prisma.careLink.findMany({
        where: { careLinkId: { in: connections.flatMap((c) => c.careLinks) } },
        select: { careLinkId: true, kind: true },
      }),
    ]);
    const kindOf = new Map(kinds.map((link) => [link.careLinkId, link.kind]));
    const allowed = new Set<string>();
    for (const connection of connections) {
      const decision = decideDisclosureToEhr(
        permissionOf[target],
        'fhir-write-back',
        connection.careLinks.map((careLinkId) => ({ careLinkId, kind: kindOf.get(careLinkId) ?? null })),
        consents.get(patientId) ?? null,
      );
      await auditAccessDecisions(
        this.prisma,
        { actorId: 'carechain:fhir-write-back', roles: [], careLinkId: `fhir:${connection.id}` },
        permissionOf[target],
        `fhir write-back ${target}`,
        [[patientId, decision]],
      );
      if (decision.allowed) allowed.add(connection.id);
    }
    return allowed;
  }

  private carePlan(event: PublishedCareEvent): Written {
    const plan = event.payload as PayloadOf<'CarePlanUpdated'>;
    return {
      what: `care plan ${plan.carePlanId}`,
      identifier: `${CARE_PLAN_IDENTIFIER_SYSTEM}|${plan.carePlanId}`,
      version: plan.version,
      resourceFor: (fhirPatientId) => carePlanResourceOf(plan, `Patient/${fhirPatientId}`),
    };
  }

  private acknowledgement(event: PublishedCareEvent): Written {
    const ack = event.payload as PayloadOf<'HandoverAcknowledged'>;
    return {
      what: `acknowledgement of handover ${ack.packageId}`,
      identifier: `${HANDOVER_ACKNOWLEDGEMENT_IDENTIFIER_SYSTEM}|${ack.packageId}`,
      version: 1,
      resourceFor: (fhirPatientId) =>
        handoverAcknowledgementResourceOf(
          { ...ack, acknowledgedAt: event.occurredAt },
          `Patient/${fhirPatientId}`,
        ),
    };
  }

  /** The patient's list as folded from every change in the event store, the source of truth. */
  private async medicineList(patientId: string): Promise<Written> {
    const changes = await this.prisma.careEvent.findMany({
      where: { patientId, type: 'MedicationListChanged' },
      orderBy: { sequence: 'asc' },
    });
    const list = foldMedicineList(
      changes.map<MedicineListFact>((c) => ({
        eventId: c.eventId,
        sequence: Number(c.sequence),
        occurredAt: c.occurredAt,
        careLinkId: c.careLinkId,
        changes: (c.payload as unknown as { changes: MedicineListFact['changes'] }).changes,
      })),
    );
    return {
      what: 'medicine list',
      identifier: `${MEDICINE_LIST_IDENTIFIER_SYSTEM}|${patientId}`,
      version: list.changeCount,
      resourceFor: (fhirPatientId) =>
        medicineListResourceOf({ patientId, ...list }, `Patient/${fhirPatientId}`),
    };
  }

  private async writeTo(
    { server }: ConnectedEhr,
    written: Written,
    fhirPatientId: string,
  ): Promise<WriteBackResult['outcome']> {
    const body = written.resourceFor(fhirPatientId);
    for (;;) {
      const found = await server.search(body.resourceType, { identifier: written.identifier });
      const existing = found.entry?.find((e) => e.resource?.resourceType === body.resourceType)?.resource as
        | (Parameters<typeof writtenVersionOf>[0] & { id: string; meta?: { versionId?: string } })
        | undefined;
      if (!existing) {
        await server.create(body, `identifier=${written.identifier}`);
        return 'created';
      }
      if (writtenVersionOf(existing) >= written.version) return 'already written';
      try {
        await server.update({ ...body, id: existing.id }, existing.meta?.versionId ?? '');
        return 'updated';
      } catch (error) {
        // Someone changed it since it was read: read it again and decide anew.
        if (!(error instanceof FhirServerError && error.status === 412)) throw error;
      }
    }
  }
}
