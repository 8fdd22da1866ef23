import { Injectable } from '@nestjs/common';
import {
  checkAgendaItem,
  checkMinutes,
  checkNetworkMeeting,
  nextNetworkMeetingOn,
  proposeAgenda,
  type AgendaItemDraft,
  type OpenItems,
  type TeamMember,
} from '@carechain/domain';
import { InjectPrisma, Prisma, type PrismaClient } from '@carechain/persistence';
import type { Caller } from '../access/caller';
import { CareLinkDirectory } from '../care-links/care-link-directory';
import { checkSpan, dateOf, dayOf, isUuid, notFound, refuse, refuseIf } from './input-problems';
import { Complaints } from './complaints';
import { ImprovementProjects } from './improvement-projects';
import type {
  AgendaItemInput,
  AgendaMinuteInput,
  AgendaSourceKind,
  NetworkMeeting,
  NetworkMeetingInput,
  ProposedAgendaItem,
} from './network-meetings.model';

type MeetingRow = Prisma.NetworkMeetingGetPayload<{ include: { items: true } }>;
const withItems = { items: { orderBy: { position: 'asc' } } } as const;

const itemView = (item: AgendaItemDraft): ProposedAgendaItem => ({
  ...item,
  sourceKind: item.sourceKind as AgendaSourceKind,
});

function view(row: MeetingRow): NetworkMeeting {
  const heldOn = dayOf(row.heldOn);
  return {
    ...row,
    heldOn,
    nextMeetingOn: nextNetworkMeetingOn(heldOn),
    agenda: row.items.map((item) => ({ ...item, sourceKind: item.sourceKind as AgendaSourceKind })),
  };
}

/**
 * The six-weekly local network meetings: planned with the area's organisations, an agenda drawn
 * from the complaints, breakdown reports and projects still open there, and minutes once held.
 */
@Injectable()
export class NetworkMeetings {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    private readonly directory: CareLinkDirectory,
    private readonly projects: ImprovementProjects,
    private readonly complaints: Complaints,
  ) {}

  async plan(caller: Caller, input: NetworkMeetingInput): Promise<NetworkMeeting> {
    const heldOn = input.heldOn?.trim() ? input.heldOn : await this.sixWeeksAfterLatest(input.area);
    const [organisations, links] = await Promise.all([
      this.directory.organisations(),
      this.directory.careLinks(),
    ]);
    const problems = checkNetworkMeeting(
      { ...input, heldOn },
      {
        organisations: new Set(organisations.map((o) => o.organisationId)),
        careLinks: new Map(links.map((l) => [l.careLinkId, l.organisationId])),
      },
    );
    if (!problems.some((p) => p.field === 'heldOn' || p.field === 'area')) {
      const same = await this.prisma.networkMeeting.findFirst({
        where: { area: input.area, heldOn: dateOf(heldOn) },
      });
      if (same)
        problems.push({
          field: 'heldOn',
          message: `${input.area} already meets on ${heldOn} (meeting ${same.meetingId})`,
        });
    }
    refuseIf(problems);
    const row = await this.prisma.networkMeeting
      .create({
        data: {
          area: input.area,
          heldOn: dateOf(heldOn),
          organisationIds: [...new Set(input.organisationIds)],
          participantCareLinkIds: [...new Set(input.participantCareLinkIds)],
          patientRepresentatives: input.patientRepresentatives,
          plannedBy: caller.actorId,
        },
        include: withItems,
      })
      .catch((error: unknown) => {
        // Another coach planned the same area and day between the check above and this insert.
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
          throw refuse([{ field: 'heldOn', message: `${input.area} already meets on ${heldOn}` }]);
        }
        throw error;
      });
    return view(row);
  }

  private async sixWeeksAfterLatest(area: string): Promise<string> {
    const latest = await this.prisma.networkMeeting.findFirst({
      where: { area },
      orderBy: { heldOn: 'desc' },
    });
    if (!latest)
      throw refuse([
        {
          field: 'heldOn',
          message: `no earlier meeting in '${area}' to count six weeks from; give the date`,
        },
      ]);
    return nextNetworkMeetingOn(dayOf(latest.heldOn));
  }

  async list(from: string, to: string, area: string | null): Promise<NetworkMeeting[]> {
    checkSpan(from, to);
    const rows = await this.prisma.networkMeeting.findMany({
      where: { heldOn: { gte: dateOf(from), lte: dateOf(to) }, ...(area ? { area } : {}) },
      include: withItems,
      orderBy: [{ heldOn: 'asc' }, { area: 'asc' }],
      take: 500,
    });
    return rows.map(view);
  }

  async get(meetingId: string): Promise<NetworkMeeting> {
    return view(await this.row(meetingId));
  }

  /** What is open now in the meeting's area; the previous meeting of the area bounds what is new. */
  async proposedAgenda(meetingId: string): Promise<ProposedAgendaItem[]> {
    return (await this.proposal(await this.row(meetingId))).map(itemView);
  }

  private async proposal(meeting: MeetingRow): Promise<AgendaItemDraft[]> {
    const previous = await this.prisma.networkMeeting.findFirst({
      where: { area: meeting.area, heldOn: { lt: meeting.heldOn } },
      orderBy: { heldOn: 'desc' },
    });
    const since = previous ? dayOf(previous.heldOn) : null;
    const areaLinks = await this.prisma.careLink.findMany({
      where: { organisationId: { in: meeting.organisationIds } },
      select: { careLinkId: true },
    });
    return proposeAgenda(await this.openItems(since), new Set(areaLinks.map((l) => l.careLinkId)), since);
  }

  private async openItems(since: string | null): Promise<OpenItems> {
    const [complaints, reports, projects] = await Promise.all([
      this.complaints.list(true),
      this.prisma.cooperationBreakdown.findMany({
        where: {
          OR: [
            { feedback: null, projectId: null },
            ...(since ? [{ occurredOn: { gt: dateOf(since) } }] : []),
          ],
        },
        take: 500,
      }),
      this.projects.list('active'),
    ]);
    return {
      complaints: complaints.map((c) => ({ ...c, feedbackGiven: c.feedback !== null })),
      breakdownReports: reports.map((r) => ({
        ...r,
        occurredOn: dayOf(r.occurredOn),
        feedbackGiven: r.feedback !== null,
        linkedToProject: r.projectId !== null,
      })),
      projects: await Promise.all(
        projects.map(async (p) => ({
          ...p,
          teamCareLinkIds: (p.team as TeamMember[]).flatMap((m) => (m.careLinkId ? [m.careLinkId] : [])),
          aimStatus: (await this.projects.aimEvaluation(p.projectId, null)).status,
          cycles: p.cycles.map((c) => ({ number: c.number, change: c.change, endsOn: c.endsOn, act: c.act })),
        })),
      ),
    };
  }

  /** Puts the proposed items on the agenda, after any already there; an item already on it is not added twice. */
  async adoptAgenda(meetingId: string): Promise<NetworkMeeting> {
    const meeting = await this.openAgenda(meetingId);
    const onAgenda = new Set(meeting.items.map((i) => `${i.sourceKind}:${i.sourceId}`));
    const added = (await this.proposal(meeting)).filter(
      (item) => !onAgenda.has(`${item.sourceKind}:${item.sourceId}`),
    );
    return this.append(meeting, added);
  }

  async addItem(meetingId: string, input: AgendaItemInput): Promise<NetworkMeeting> {
    const meeting = await this.openAgenda(meetingId);
    const item: AgendaItemDraft = {
      sourceKind: input.sourceKind,
      sourceId: input.sourceId ?? null,
      title: input.title,
      detail: input.detail?.trim() ? input.detail : null,
    };
    const problems = checkAgendaItem(item);
    if (
      !problems.length &&
      item.sourceId !== null &&
      !(await this.sourceExists(item.sourceKind, item.sourceId))
    ) {
      problems.push({ field: 'sourceId', message: `no ${item.sourceKind} '${item.sourceId}'` });
    }
    refuseIf(problems);
    return this.append(meeting, [item]);
  }

  private async sourceExists(sourceKind: AgendaItemDraft['sourceKind'], id: string): Promise<boolean> {
    if (!isUuid(id)) return false;
    if (sourceKind === 'complaint')
      return (await this.prisma.complaint.count({ where: { complaintId: id } })) > 0;
    if (sourceKind === 'breakdown-report')
      return (await this.prisma.cooperationBreakdown.count({ where: { reportId: id } })) > 0;
    return (await this.prisma.improvementProject.count({ where: { projectId: id } })) > 0;
  }

  private async append(meeting: MeetingRow, items: AgendaItemDraft[]): Promise<NetworkMeeting> {
    const first = meeting.items.length ? meeting.items[meeting.items.length - 1].position + 1 : 1;
    // Positions are unique per meeting, so two coaches adding at once cannot both take the same place.
    await this.prisma.networkMeetingItem.createMany({
      data: items.map((item, i) => ({ ...item, meetingId: meeting.meetingId, position: first + i })),
    });
    return this.get(meeting.meetingId);
  }

  /** Records the decision and owner of agenda items; minuting an item again corrects it. */
  async recordMinutes(
    caller: Caller,
    meetingId: string,
    items: AgendaMinuteInput[],
  ): Promise<NetworkMeeting> {
    const meeting = await this.row(meetingId);
    const minutes = items.map((m) => ({
      itemId: m.itemId,
      decision: m.decision,
      ownerCareLinkId: m.ownerCareLinkId?.trim() ? m.ownerCareLinkId : null,
    }));
    const known = new Set((await this.directory.careLinks()).map((l) => l.careLinkId));
    const problems = checkMinutes(
      dayOf(meeting.heldOn),
      this.projects.today(),
      meeting.items.map((i) => i.itemId),
      minutes,
      known,
    );
    refuseIf(problems, '');
    await this.prisma.$transaction([
      ...minutes.map(({ itemId, ...minute }) =>
        this.prisma.networkMeetingItem.update({ where: { itemId }, data: minute }),
      ),
      this.prisma.networkMeeting.update({
        where: { meetingId },
        data: { minutesRecordedBy: caller.actorId, minutesRecordedAt: new Date() },
      }),
    ]);
    return this.get(meetingId);
  }

  /** The agenda is settled once minutes are written: items then would have no place in them. */
  private async openAgenda(meetingId: string): Promise<MeetingRow> {
    const meeting = await this.row(meetingId);
    if (meeting.minutesRecordedAt)
      throw refuse(
        [{ field: 'meetingId', message: 'minutes are recorded; the agenda can no longer change' }],
        '',
      );
    return meeting;
  }

  private async row(meetingId: string): Promise<MeetingRow> {
    const row = isUuid(meetingId)
      ? await this.prisma.networkMeeting.findUnique({ where: { meetingId }, include: withItems })
      : null;
    if (!row) throw notFound('meetingId', 'network meeting', meetingId);
    return row;
  }
}
