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
    const problems = checkCareLink(entry, new Set(known ? [known.organisationId] : []));
    if (problems.length) throw refuse(problems);
    const { careLinkId, ...rest } = entry;
    return this.prisma.careLink.upsert({ where: { careLinkId }, create: entry, update: rest });
  }

  /** Hospital and organisation of every registered care link, for the dashboard's breakdowns. */
  async places(): Promise<Map<string, CareLinkPlace>> {
    const links = await this.prisma.careLink.findMany({
      select: { careLinkId: true, hospital: true, organisationId: true },
    });
    return new Map(links.map(({ careLinkId, ...place }) => [careLinkId, place]));
  }
}
