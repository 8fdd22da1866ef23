import { Injectable } from '@nestjs/common';
import { patientIdSchema } from '@carechain/contracts';
import {
  answerProblems,
  checkComplaint,
  closingProblems,
  feedbackProblems,
  type ComplainantKind,
  type ComplaintProgress,
} from '@carechain/domain';
import { InjectPrisma, type PrismaClient } from '@carechain/persistence';
import type { Caller } from '../access/caller';
import { CareLinkDirectory } from '../care-links/care-link-directory';
import { dateOf, dayOf, isUuid, notFound, refuse, refuseIf } from './input-problems';
import type { Complaint, ComplaintFeedbackInput, ComplaintInput } from './complaints.model';
import { ImprovementProjects } from './improvement-projects';

const withAnswers = { answers: { orderBy: { answeredAt: 'asc' } } } as const;
type ComplaintRow = Awaited<ReturnType<PrismaClient['complaint']['findMany']>>[number] & {
  answers: { careLinkId: string; answer: string; answeredBy: string; answeredAt: Date }[];
};

const progressOf = (row: ComplaintRow): ComplaintProgress => ({
  involvedCareLinkIds: row.involvedCareLinkIds,
  answeredBy: row.answers.map((a) => a.careLinkId),
  feedbackGiven: row.feedback !== null,
  closed: row.closedAt !== null,
});

function view({ patientId, ...row }: ComplaintRow): Complaint {
  const answered = new Set(row.answers.map((a) => a.careLinkId));
  return {
    ...row,
    receivedOn: dayOf(row.receivedOn),
    feedbackGivenOn: row.feedbackGivenOn ? dayOf(row.feedbackGivenOn) : null,
    concernsPatient: patientId !== null,
    awaitingAnswerFrom: row.involvedCareLinkIds.filter((id) => !answered.has(id)),
  };
}

/**
 * The complaints line writes each complaint down with the care links involved; each link answers,
 * the complainant is given feedback, and only then is the complaint closed. A complaint holds a
 * patient only as a pseudonymous id, read like any patient data: authorised and audited.
 */
@Injectable()
export class Complaints {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    private readonly directory: CareLinkDirectory,
    private readonly projects: ImprovementProjects,
  ) {}

  async record(caller: Caller, input: ComplaintInput): Promise<Complaint> {
    const known = new Set((await this.directory.careLinks()).map((l) => l.careLinkId));
    const problems = checkComplaint(
      { ...input, complainantKind: input.complainantKind as ComplainantKind },
      known,
      this.projects.today(),
    );
    const patientId = input.patientId?.trim() ? input.patientId : null;
    const checked = patientId === null ? null : patientIdSchema.safeParse(patientId);
    if (checked && !checked.success)
      problems.push({ field: 'patientId', message: checked.error.issues[0].message });
    refuseIf(problems);
    const row = await this.prisma.complaint.create({
      data: {
        receivedOn: dateOf(input.receivedOn),
        complainantKind: input.complainantKind,
        summary: input.summary,
        involvedCareLinkIds: [...new Set(input.involvedCareLinkIds)],
        patientId,
        recordedBy: caller.actorId,
      },
      include: withAnswers,
    });
    return view(row);
  }

  /** Open ones first, newest received first; then closed ones, most recently closed first. */
  async list(open: boolean | null, careLinkId: string | null = null): Promise<Complaint[]> {
    const rows = await this.prisma.complaint.findMany({
      where: {
        ...(open === null ? {} : { closedAt: open ? null : { not: null } }),
        ...(careLinkId ? { involvedCareLinkIds: { has: careLinkId } } : {}),
      },
      include: withAnswers,
      orderBy: [{ closedAt: { sort: 'desc', nulls: 'first' } }, { receivedOn: 'desc' }],
      take: 500,
    });
    return rows.map(view);
  }

  async get(complaintId: string): Promise<Complaint> {
    return view(await this.row(complaintId));
  }

  async answer(caller: Caller, complaintId: string, answer: string): Promise<Complaint> {
    const row = await this.row(complaintId);
    refuseIf(answerProblems(progressOf(row), caller.careLinkId, answer), '');
    const key = { complaintId, careLinkId: caller.careLinkId };
    await this.prisma.complaintAnswer.upsert({
      where: { complaintId_careLinkId: key },
      create: { ...key, answer, answeredBy: caller.actorId },
      update: { answer, answeredBy: caller.actorId, answeredAt: new Date() },
    });
    return this.get(complaintId);
  }

  async giveFeedback(caller: Caller, complaintId: string, input: ComplaintFeedbackInput): Promise<Complaint> {
    const row = await this.row(complaintId);
    refuseIf(feedbackProblems({ receivedOn: dayOf(row.receivedOn), closed: row.closedAt !== null }, input));
    const updated = await this.prisma.complaint.update({
      where: { complaintId },
      data: {
        feedback: input.feedback,
        feedbackGivenOn: dateOf(input.givenOn),
        feedbackBy: caller.actorId,
        complainantResponse: input.complainantResponse ?? null,
      },
      include: withAnswers,
    });
    return view(updated);
  }

  async link(
    complaintId: string,
    projectId: string | null,
    improvementMeeting: string | null,
  ): Promise<Complaint> {
    await this.row(complaintId);
    if (!projectId && !improvementMeeting?.trim()) {
      throw refuse(
        [
          {
            field: 'projectId',
            message: 'name the project or the improvement meeting the complaint leads to',
          },
        ],
        '',
      );
    }
    if (projectId) await this.projects.one(projectId);
    const updated = await this.prisma.complaint.update({
      where: { complaintId },
      data: {
        ...(projectId ? { projectId } : {}),
        ...(improvementMeeting?.trim() ? { improvementMeeting } : {}),
      },
      include: withAnswers,
    });
    return view(updated);
  }

  async close(caller: Caller, complaintId: string): Promise<Complaint> {
    const row = await this.row(complaintId);
    refuseIf(closingProblems(progressOf(row)), '');
    // Feedback cannot be withdrawn, but a concurrent close is: close only what is still open.
    await this.prisma.complaint.updateMany({
      where: { complaintId, closedAt: null, feedback: { not: null } },
      data: { closedAt: new Date(), closedBy: caller.actorId },
    });
    return this.get(complaintId);
  }

  private async row(complaintId: string): Promise<ComplaintRow> {
    const row = isUuid(complaintId)
      ? await this.prisma.complaint.findUnique({ where: { complaintId }, include: withAnswers })
      : null;
    if (!row) throw notFound('complaintId', 'complaint', complaintId);
    return row;
  }
}
