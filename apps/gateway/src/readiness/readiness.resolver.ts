import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import {
  CareEventStore,
  InjectPrisma,
  type PrismaClient,
  type TransactionClient,
} from '@carechain/persistence';
import { CurrentCaller, type Caller } from '../access/caller';
import { PatientAccess } from '../access/patient-access';
import {
  appendSerialised,
  badInput,
  checkPatientId,
  conflict,
  validEvent,
} from '../medicine-lists/serialised-append';
import { MarkMedicallyReadyInput, MedicalReadiness, WithdrawMedicallyReadyInput } from './readiness.model';

const READY = 'MedicallyReadyForDischarge';
const WITHDRAWN = 'MedicallyReadyWithdrawn';

interface Latest {
  type: string;
  careLinkId: string;
  payload: { readyAt?: string };
}

/**
 * Ward staff declare a patient medically ready, or withdraw it when she deteriorates. Each is a care
 * event decided against the stay's latest declaration under a per-patient lock, so two nurses
 * acting at once cannot both mark her ready: the second is told who did it first.
 */
@Resolver()
export class ReadinessResolver {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    @Inject(CareEventStore) private readonly store: CareEventStore,
    private readonly access: PatientAccess,
  ) {}

  @Mutation(() => MedicalReadiness, {
    description:
      'Declares the patient medically ready for discharge. Refused with a CONFLICT when she is ready already.',
  })
  async markMedicallyReady(
    @Args('input') input: MarkMedicallyReadyInput,
    @CurrentCaller() caller: Caller,
  ): Promise<MedicalReadiness> {
    await this.checkStay(caller, input.patientId, input.stayId, 'mark medicallyReady');
    const readyAt = (input.readyAt ?? new Date()).toISOString();
    const destination = input.expectedDestinationCareLinkId || undefined;
    const stored = await this.append(caller, input, (latest) => {
      if (latest?.type === READY)
        throw conflict(
          `input.stayId: the patient is medically ready already, since ${latest.payload.readyAt} (recorded by ${latest.careLinkId}). Reload to see it`,
        );
      return {
        type: READY,
        occurredAt: readyAt,
        payload: {
          stayId: input.stayId,
          readyAt,
          ...(destination ? { expectedDestinationCareLinkId: destination } : {}),
        },
      };
    });
    return {
      ...stored,
      ready: true,
      readyAt: new Date(readyAt),
      expectedDestinationCareLinkId: destination ?? null,
      reason: null,
    };
  }

  @Mutation(() => MedicalReadiness, {
    description:
      'Withdraws the medically-ready declaration (the patient deteriorated, or it was made by mistake). Refused with a CONFLICT when she is not ready.',
  })
  async withdrawMedicallyReady(
    @Args('input') input: WithdrawMedicallyReadyInput,
    @CurrentCaller() caller: Caller,
  ): Promise<MedicalReadiness> {
    await this.checkStay(caller, input.patientId, input.stayId, 'withdraw medicallyReady');
    const stored = await this.append(caller, input, (latest) => {
      if (latest?.type !== READY)
        throw conflict(
          `input.stayId: the patient is not medically ready${latest ? ` (withdrawn by ${latest.careLinkId})` : ''}. Reload to see it`,
        );
      return {
        type: WITHDRAWN,
        occurredAt: new Date().toISOString(),
        payload: { stayId: input.stayId, reason: input.reason.trim() },
      };
    });
    return {
      ...stored,
      ready: false,
      readyAt: null,
      expectedDestinationCareLinkId: null,
      reason: input.reason,
    };
  }

  private async checkStay(caller: Caller, patientId: string, stayId: string, action: string) {
    checkPatientId('input.patientId', patientId);
    await this.access.authorise(caller, patientId, action);
    const stay = await this.prisma.stay.findUnique({
      where: { stayId },
      select: { patientId: true, dischargedAt: true },
    });
    if (!stay || stay.patientId !== patientId)
      throw badInput('input.stayId', `no stay '${stayId}' of this patient`);
    if (stay.dischargedAt) throw badInput('input.stayId', 'the stay has ended; the patient is discharged');
  }

  private async append(
    caller: Caller,
    input: { patientId: string; stayId: string; requestId?: string | null },
    decide: (latest: Latest | null) => { type: string; occurredAt: string; payload: Record<string, unknown> },
  ) {
    const eventId = randomUUID();
    const idempotencyKey = `gateway:${caller.careLinkId}:readiness:${input.requestId ?? eventId}`;
    const outcome = await appendSerialised(
      this.prisma,
      this.store,
      { kind: 'readiness', patientId: input.patientId, idempotencyKey },
      (tx: TransactionClient) =>
        tx.careEvent.findFirst({
          where: {
            patientId: input.patientId,
            type: { in: [READY, WITHDRAWN] },
            payload: { path: ['stayId'], equals: input.stayId },
          },
          orderBy: { sequence: 'desc' },
          select: { type: true, careLinkId: true, payload: true },
        }) as Promise<Latest | null>,
      (latest) => {
        const { type, occurredAt, payload } = decide(latest);
        return validEvent({
          eventId,
          idempotencyKey,
          type,
          schemaVersion: 1,
          patientId: input.patientId,
          occurredAt,
          source: { system: 'carechain-gateway', careLinkId: caller.careLinkId },
          payload,
        });
      },
    );
    return {
      eventId: outcome.eventId,
      stayId: input.stayId,
      recordedAt: new Date(outcome.recordedAt),
      recordedByCareLinkId: caller.careLinkId,
    };
  }
}
