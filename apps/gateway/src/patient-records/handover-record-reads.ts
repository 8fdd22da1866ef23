import { Injectable } from '@nestjs/common';
import { InjectPrisma, type PrismaClient } from '@carechain/persistence';
import { journeyOf } from './journey-of';
import { RecordAccess, type Reader } from './record-access';

const delivery: Reader = { process: 'handover-delivery' };

/**
 * The parts of a patient's record a handover specification may ask for, read for handover delivery
 * through the same permission table and audit as any other reader.
 */
@Injectable()
export class HandoverRecordReads {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    private readonly access: RecordAccess,
  ) {}

  async journey(patientId: string) {
    await this.access.require(delivery, 'journey.read', patientId, 'build handover: journey');
    const { journey, timeline } = await journeyOf(this.prisma, patientId);
    return journey && { ...journey, timeline };
  }

  async latestStay(patientId: string, admitted = false) {
    await this.access.require(delivery, 'stay.read', patientId, 'build handover: stay');
    return this.prisma.stay.findFirst({
      where: { patientId, ...(admitted ? { admittedAt: { not: null } } : {}) },
      orderBy: { admittedAt: 'desc' },
    });
  }

  async medicineList(patientId: string) {
    await this.access.require(delivery, 'medicineList.read', patientId, 'build handover: medicine list');
    return this.prisma.medicineList.findUnique({ where: { patientId } });
  }

  async medicineListChanges(patientId: string) {
    await this.access.require(delivery, 'medicineList.read', patientId, 'build handover: medicine changes');
    return this.prisma.medicineListChange.findMany({ where: { patientId } });
  }

  async carePlan(patientId: string, asOf: Date) {
    await this.access.require(delivery, 'carePlan.read', patientId, 'build handover: care plan');
    return this.prisma.carePlanVersion.findFirst({
      where: { patientId, occurredAt: { lte: asOf } },
      orderBy: [{ version: 'desc' }, { sequence: 'desc' }],
    });
  }
}
