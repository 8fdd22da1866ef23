import { Injectable } from '@nestjs/common';
import {
  checkCareLink,
  checkOrganisation,
  type CareLinkEntry,
  type CareLinkPlace,
  type DirectoryProblem,
  type OrganisationEntry,
} from '@carechain/domain';
import { InjectPrisma, type PrismaClient } from '@carechain/persistence';
import { invalidInput } from '../client-errors';

const refuse = (problems: DirectoryProblem[]) =>
  invalidInput(problems.map((p) => ({ ...p, field: `input.${p.field}` })));

/** The organisations and care links of the network; reference data, not patient data. */
@Injectable()
export class CareLinkDirectory {
  constructor(@InjectPrisma() private readonly prisma: PrismaClient) {}

  organisations() {
    return this.prisma.organisation.findMany({ orderBy: { organisationId: 'asc' } });
  }

  careLinks(where: { kind?: string; organisationId?: string } = {}) {
    return this.prisma.careLink.findMany({ where, orderBy: { careLinkId: 'asc' } });
  }

  careLink(careLinkId: string) {
    return this.prisma.careLink.findUnique({ where: { careLinkId } });
  }

  async saveOrganisation(entry: OrganisationEntry) {
    const problems = checkOrganisation(entry);
    if (problems.length) throw refuse(problems);
    const { organisationId, ...rest } = entry;
    return this.prisma.organisation.upsert({ where: { organisationId }, create: entry, update: rest });
  }

  async saveCareLink(entry: CareLinkEntry) {
    const known = await this.prisma.organisation.findUnique({
      where: { organisationId: entry.organisationId },
      select: { organisationId: true },
    });
    const problems = [
      ...checkCareLink(entry, new Set(known ? [known.organisationId] : [])),
      ...(await this.takenCodes(entry)),
    ];
    if (problems.length) throw refuse(problems);
    const { careLinkId, ...rest } = entry;
    return this.prisma.careLink.upsert({ where: { careLinkId }, create: entry, update: rest });
  }

  /** A municipality's notices go to one link, and an HSA id names one unit. */
  private async takenCodes(entry: CareLinkEntry): Promise<DirectoryProblem[]> {
    const codes = { noticesForMunicipalityCode: entry.noticesForMunicipalityCode, hsaId: entry.hsaId };
    const problems: DirectoryProblem[] = [];
    for (const [field, value] of Object.entries(codes)) {
      if (!value) continue;
      const holder = await this.prisma.careLink.findFirst({
        where: { [field]: value, careLinkId: { not: entry.careLinkId } },
        select: { careLinkId: true },
      });
      if (holder) problems.push({ field, message: `'${value}' is already ${holder.careLinkId}'s` });
    }
    return problems;
  }

  /** Hospital and organisation of every registered care link, for the dashboard's breakdowns. */
  async places(): Promise<Map<string, CareLinkPlace>> {
    const links = await this.prisma.careLink.findMany({
      select: { careLinkId: true, hospital: true, organisationId: true },
    });
    return new Map(links.map(({ careLinkId, ...place }) => [careLinkId, place]));
  }
}
