import { Injectable } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import {
  careLinkKinds,
  checkTarget,
  defaultTargets,
  handoverTriggers,
  type HandoverTrigger,
  type TransmissionTarget,
} from '@carechain/domain';
import { InjectPrisma, type PrismaClient } from '@carechain/persistence';
import type { Caller } from '../access/caller';
import { conflict } from '../client-errors';
import { checkSpecificationDocument } from './patient-record';
import type { HandoverSpecificationInput } from './handover.model';

interface Problem {
  field: string;
  message: string;
}

function targetOf(input: HandoverSpecificationInput, trigger: HandoverTrigger): TransmissionTarget {
  if (!input.target) return defaultTargets[trigger].target;
  const { kind, hours, days } = input.target;
  return (
    kind === 'hours'
      ? { kind, hours: hours ?? NaN }
      : { kind, days: days ?? (kind === 'end-of-day' ? 0 : NaN) }
  ) as TransmissionTarget;
}

/** Specifications belong to the receiving care link; each save is a new version, older ones retire. */
@Injectable()
export class HandoverSpecifications {
  constructor(@InjectPrisma() private readonly prisma: PrismaClient) {}

  async save(caller: Caller, input: HandoverSpecificationInput) {
    const problems: Problem[] = [];
    if (!/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/.test(input.specificationId)) {
      problems.push({ field: 'specificationId', message: 'must be 1 to 128 letters, digits or . _ : -' });
    }
    if (!input.name.trim()) problems.push({ field: 'name', message: 'must not be empty' });
    const trigger = input.trigger as HandoverTrigger;
    if (!handoverTriggers.includes(trigger)) {
      problems.push({
        field: 'trigger',
        message: `unknown trigger '${input.trigger}'; known: ${handoverTriggers.join(', ')}`,
      });
    }
    const unknownKinds = (input.fromCareLinkKinds ?? []).filter(
      (k) => !(careLinkKinds as readonly string[]).includes(k),
    );
    if (unknownKinds.length) {
      problems.push({
        field: 'fromCareLinkKinds',
        message: `unknown kind ${unknownKinds.join(', ')}; known: ${careLinkKinds.join(', ')}`,
      });
    }
    const target = handoverTriggers.includes(trigger) ? targetOf(input, trigger) : undefined;
    if (target) problems.push(...checkTarget(target));
    for (const p of checkSpecificationDocument(input.document).problems) {
      const where = p.line ? ` (line ${p.line}${p.column ? `, column ${p.column}` : ''})` : '';
      problems.push({ field: 'document', message: `${p.message}${where}` });
    }
    if (problems.length) {
      throw new GraphQLError(problems.map((p) => `input.${p.field}: ${p.message}`).join('; '), {
        extensions: {
          code: 'BAD_USER_INPUT',
          problems: problems.map((p) => ({ ...p, field: `input.${p.field}` })),
        },
      });
    }

    return this.prisma.$transaction(async (tx) => {
      // Saves of one id one after the other: the second sees the first's version, never the same number.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('carechain.handover-specification'), hashtext(${input.specificationId}))`;
      const latest = await tx.handoverSpecification.findFirst({
        where: { specificationId: input.specificationId },
        orderBy: { version: 'desc' },
      });
      if (latest && latest.receivingCareLinkId !== caller.careLinkId) {
        throw new GraphQLError(
          `input.specificationId: '${input.specificationId}' belongs to another care link; choose another id`,
          {
            extensions: { code: 'BAD_USER_INPUT' },
          },
        );
      }
      const current = latest?.version ?? 0;
      if (input.baseVersion !== undefined && input.baseVersion !== null && input.baseVersion !== current) {
        throw conflict(
          'input.baseVersion',
          `'${input.specificationId}' is at version ${current}, not ${input.baseVersion}: someone saved it since; reload and decide again`,
        );
      }
      await tx.handoverSpecification.updateMany({
        where: { specificationId: input.specificationId, active: true },
        data: { active: false },
      });
      return tx.handoverSpecification.create({
        data: {
          specificationId: input.specificationId,
          version: current + 1,
          receivingCareLinkId: caller.careLinkId,
          name: input.name.trim(),
          trigger,
          fromCareLinkKinds: input.fromCareLinkKinds ?? [],
          document: input.document,
          target: target as object,
          createdBy: caller.actorId,
        },
      });
    });
  }

  /** The caller's link's specifications, current versions first, then their history. */
  ofCareLink(careLinkId: string, includeHistory: boolean) {
    return this.prisma.handoverSpecification.findMany({
      where: { receivingCareLinkId: careLinkId, ...(includeHistory ? {} : { active: true }) },
      orderBy: [{ specificationId: 'asc' }, { version: 'desc' }],
    });
  }

  async retire(caller: Caller, specificationId: string): Promise<boolean> {
    const { count } = await this.prisma.handoverSpecification.updateMany({
      where: { specificationId, receivingCareLinkId: caller.careLinkId, active: true },
      data: { active: false },
    });
    return count > 0;
  }
}
