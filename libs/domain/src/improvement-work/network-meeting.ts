import { addDays } from '../unnecessary-days/local-days';
import { checkDay, checkText, type Problem } from './problems';
import type { AimStatus } from './improvement-project';

/** The local network meets every six weeks. */
export const NETWORK_MEETING_INTERVAL_DAYS = 42;

/** Six weeks on in the organisation's calendar days, so a change to or from summer time does not move the weekday. */
export function nextNetworkMeetingOn(heldOn: string): string {
  return addDays(heldOn, NETWORK_MEETING_INTERVAL_DAYS);
}

export interface NetworkMeetingDraft {
  area: string;
  heldOn: string;
  organisationIds: string[];
  participantCareLinkIds: string[];
  patientRepresentatives: number;
}

export interface NetworkDirectory {
  organisations: ReadonlySet<string>;
  /** Care link id → its organisation. */
  careLinks: ReadonlyMap<string, string>;
}

const unknownOf = (ids: readonly string[], known: (id: string) => boolean) =>
  [...new Set(ids)].filter((id) => !known(id));
const quoted = (ids: readonly string[]) => ids.map((id) => `'${id}'`).join(', ');

/**
 * A network meeting brings the area's organisations together, so it names at least two of them,
 * and care links that take part come from those organisations.
 */
export function checkNetworkMeeting(draft: NetworkMeetingDraft, directory: NetworkDirectory): Problem[] {
  const problems = [...checkText('area', draft.area, 200), ...checkDay('heldOn', draft.heldOn)];
  const organisations = new Set(draft.organisationIds);
  if (organisations.size < 2)
    problems.push({
      field: 'organisationIds',
      message: 'name at least two participating organisations: the meeting is between them',
    });
  const unknownOrganisations = unknownOf(draft.organisationIds, (id) => directory.organisations.has(id));
  if (unknownOrganisations.length)
    problems.push({
      field: 'organisationIds',
      message: `no organisation ${quoted(unknownOrganisations)} in the directory`,
    });
  if (!draft.participantCareLinkIds.length)
    problems.push({ field: 'participantCareLinkIds', message: 'name the care links taking part' });
  const unknownLinks = unknownOf(draft.participantCareLinkIds, (id) => directory.careLinks.has(id));
  if (unknownLinks.length)
    problems.push({
      field: 'participantCareLinkIds',
      message: `no care link ${quoted(unknownLinks)} in the directory`,
    });
  const outside = [...new Set(draft.participantCareLinkIds)].filter((id) => {
    const organisation = directory.careLinks.get(id);
    return organisation !== undefined && !organisations.has(organisation);
  });
  if (outside.length)
    problems.push({
      field: 'participantCareLinkIds',
      message: `care links of no organisation in organisationIds: ${quoted(outside)}`,
    });
  if (!Number.isInteger(draft.patientRepresentatives) || draft.patientRepresentatives < 0) {
    problems.push({ field: 'patientRepresentatives', message: 'must be a whole number, 0 or more' });
  }
  return problems;
}

export type AgendaSourceKind = 'complaint' | 'breakdown-report' | 'project' | 'other';

export interface AgendaItemDraft {
  sourceKind: AgendaSourceKind;
  sourceId: string | null;
  title: string;
  detail: string | null;
}

export interface OpenComplaint {
  complaintId: string;
  receivedOn: string;
  summary: string;
  involvedCareLinkIds: readonly string[];
  awaitingAnswerFrom: readonly string[];
  feedbackGiven: boolean;
}

export interface BreakdownReportItem {
  reportId: string;
  occurredOn: string;
  careLinkIds: readonly string[];
  whatHappened: string;
  feedbackGiven: boolean;
  linkedToProject: boolean;
}

export interface OpenProject {
  projectId: string;
  title: string;
  startsOn: string;
  teamCareLinkIds: readonly string[];
  aimStatus: AimStatus;
  cycles: readonly { number: number; change: string; endsOn: string | null; act: string | null }[];
}

export interface OpenItems {
  complaints: readonly OpenComplaint[];
  breakdownReports: readonly BreakdownReportItem[];
  projects: readonly OpenProject[];
}

const MAX_TITLE = 200;
const titled = (text: string) => (text.length > MAX_TITLE ? `${text.slice(0, MAX_TITLE - 1)}…` : text);

/**
 * The agenda proposed for a meeting of the organisations whose care links are `areaCareLinks`:
 * open complaints, oldest first, since complainants wait for feedback; then breakdown reports
 * nobody has answered or taken up, and any reported since the previous meeting (`since`), oldest
 * first; then the projects still running, oldest first, with their aim and latest PDSA cycle.
 * Only items touching the area's care links are the meeting's business.
 */
export function proposeAgenda(
  open: OpenItems,
  areaCareLinks: ReadonlySet<string>,
  since: string | null,
): AgendaItemDraft[] {
  const inArea = (ids: readonly string[]) => ids.some((id) => areaCareLinks.has(id));
  const complaints = open.complaints
    .filter((c) => inArea(c.involvedCareLinkIds))
    .sort((a, b) => a.receivedOn.localeCompare(b.receivedOn))
    .map(
      (c): AgendaItemDraft => ({
        sourceKind: 'complaint',
        sourceId: c.complaintId,
        title: titled(`Complaint received ${c.receivedOn}: ${c.summary}`),
        detail: [
          c.awaitingAnswerFrom.length
            ? `awaiting the answer of ${c.awaitingAnswerFrom.join(', ')}`
            : 'every involved link has answered',
          c.feedbackGiven ? 'feedback given, not closed' : 'no feedback to the complainant yet',
        ].join('; '),
      }),
    );
  const reports = open.breakdownReports
    .filter(
      (r) =>
        inArea(r.careLinkIds) &&
        ((!r.feedbackGiven && !r.linkedToProject) || (since !== null && r.occurredOn > since)),
    )
    .sort((a, b) => a.occurredOn.localeCompare(b.occurredOn))
    .map(
      (r): AgendaItemDraft => ({
        sourceKind: 'breakdown-report',
        sourceId: r.reportId,
        title: titled(`Cooperation broke down ${r.occurredOn} between ${r.careLinkIds.join(', ')}`),
        detail: [
          r.whatHappened,
          r.linkedToProject
            ? 'taken up by a project'
            : r.feedbackGiven
              ? 'fed back to the reporter'
              : 'no feedback or project yet',
        ].join('; '),
      }),
    );
  const projects = open.projects
    .filter((p) => inArea(p.teamCareLinkIds))
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn))
    .map(
      (p): AgendaItemDraft => ({
        sourceKind: 'project',
        sourceId: p.projectId,
        title: titled(`Project: ${p.title}`),
        detail: projectStatus(p),
      }),
    );
  return [...complaints, ...reports, ...projects];
}

function projectStatus(project: OpenProject): string {
  const latest = [...project.cycles].sort((a, b) => b.number - a.number)[0];
  const cycle = !latest
    ? 'no PDSA cycle yet'
    : latest.endsOn
      ? `PDSA ${latest.number} (${latest.change}) ended ${latest.endsOn}: ${latest.act ?? 'no act recorded'}`
      : `PDSA ${latest.number} (${latest.change}) running`;
  return `aim ${project.aimStatus}; ${cycle}`;
}

export function checkAgendaItem(item: AgendaItemDraft): Problem[] {
  const problems = [...checkText('title', item.title, MAX_TITLE)];
  if (item.detail !== null && item.detail.length > 4000)
    problems.push({ field: 'detail', message: 'must be at most 4000 characters' });
  if (item.sourceKind !== 'other' && item.sourceId === null)
    problems.push({ field: 'sourceId', message: `name the ${item.sourceKind} the item is about` });
  if (item.sourceKind === 'other' && item.sourceId !== null)
    problems.push({ field: 'sourceId', message: 'an item of kind other has no source' });
  return problems;
}

export interface MinuteDraft {
  itemId: string;
  decision: string;
  ownerCareLinkId: string | null;
}

/**
 * Minutes are what was decided, so they are written once the meeting day has come, against the
 * meeting's own agenda, each item once, with an owner from the directory when one is named.
 */
export function checkMinutes(
  heldOn: string,
  today: string,
  agendaItemIds: readonly string[],
  minutes: readonly MinuteDraft[],
  knownCareLinks: ReadonlySet<string>,
): Problem[] {
  if (heldOn > today)
    return [
      {
        field: 'meetingId',
        message: `the meeting is on ${heldOn}; minutes can be recorded from that day on`,
      },
    ];
  if (!agendaItemIds.length)
    return [
      {
        field: 'meetingId',
        message: 'the meeting has no agenda yet: adopt the proposed agenda or add items first',
      },
    ];
  if (!minutes.length)
    return [{ field: 'items', message: 'record the decision on at least one agenda item' }];
  const problems: Problem[] = [];
  minutes.forEach((minute, i) => {
    const at = `items[${i}]`;
    if (!agendaItemIds.includes(minute.itemId))
      problems.push({ field: `${at}.itemId`, message: `'${minute.itemId}' is not on this meeting's agenda` });
    else if (minutes.findIndex((m) => m.itemId === minute.itemId) !== i)
      problems.push({ field: `${at}.itemId`, message: 'this item is already minuted above' });
    problems.push(...checkText(`${at}.decision`, minute.decision, 4000));
    if (minute.ownerCareLinkId !== null && !knownCareLinks.has(minute.ownerCareLinkId)) {
      problems.push({
        field: `${at}.ownerCareLinkId`,
        message: `no care link '${minute.ownerCareLinkId}' in the directory`,
      });
    }
  });
  return problems;
}
