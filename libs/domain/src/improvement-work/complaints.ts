import { checkDay, checkText, type Problem } from './problems';

export const complainantKinds = ['patient', 'relative', 'other'] as const;
export type ComplainantKind = (typeof complainantKinds)[number];

export interface ComplaintDraft {
  receivedOn: string;
  complainantKind: ComplainantKind;
  summary: string;
  involvedCareLinkIds: string[];
}

export function checkComplaint(
  draft: ComplaintDraft,
  knownCareLinks: ReadonlySet<string>,
  today: string,
): Problem[] {
  const problems = [
    ...checkDay('receivedOn', draft.receivedOn),
    ...checkText('summary', draft.summary, 8000),
  ];
  if (!problems.length && draft.receivedOn > today)
    problems.push({ field: 'receivedOn', message: `must not be after today (${today})` });
  if (!complainantKinds.includes(draft.complainantKind)) {
    problems.push({
      field: 'complainantKind',
      message: `unknown kind '${draft.complainantKind}'; known: ${complainantKinds.join(', ')}`,
    });
  }
  if (!draft.involvedCareLinkIds.length)
    problems.push({ field: 'involvedCareLinkIds', message: 'name the care links the complaint concerns' });
  const unknown = [...new Set(draft.involvedCareLinkIds)].filter((id) => !knownCareLinks.has(id));
  if (unknown.length)
    problems.push({
      field: 'involvedCareLinkIds',
      message: `no care link ${unknown.map((id) => `'${id}'`).join(', ')} in the directory`,
    });
  return problems;
}

export interface ComplaintProgress {
  involvedCareLinkIds: readonly string[];
  answeredBy: readonly string[];
  feedbackGiven: boolean;
  closed: boolean;
}

/** Only a care link the complaint involves answers it, and only while it is open. */
export function answerProblems(complaint: ComplaintProgress, careLinkId: string, answer: string): Problem[] {
  return [...answererProblems(complaint, careLinkId), ...checkText('answer', answer, 8000)];
}

function answererProblems(complaint: ComplaintProgress, careLinkId: string): Problem[] {
  if (complaint.closed) return [{ field: 'complaintId', message: 'the complaint is closed' }];
  if (!complaint.involvedCareLinkIds.includes(careLinkId)) {
    return [{ field: 'complaintId', message: `care link ${careLinkId} is not involved in this complaint` }];
  }
  return [];
}

export interface ComplaintFeedback {
  feedback: string;
  givenOn: string;
}

/** The complainant is told what came of the complaint on or after the day it came in, while it is open. */
export function feedbackProblems(
  complaint: { receivedOn: string; closed: boolean },
  feedback: ComplaintFeedback,
): Problem[] {
  const problems = [
    ...checkText('feedback', feedback.feedback, 8000),
    ...checkDay('givenOn', feedback.givenOn),
  ];
  if (!problems.length && feedback.givenOn < complaint.receivedOn) {
    problems.push({
      field: 'givenOn',
      message: `must not be before the complaint was received (${complaint.receivedOn})`,
    });
  }
  if (complaint.closed) problems.push({ field: 'complaintId', message: 'the complaint is closed' });
  return problems;
}

/**
 * Nothing is closed without feedback: the complainant has been told what came of the complaint,
 * and every involved care link has answered, so the feedback rests on all of them.
 */
export function closingProblems(complaint: ComplaintProgress): Problem[] {
  if (complaint.closed) return [{ field: 'complaintId', message: 'the complaint is already closed' }];
  const problems: Problem[] = [];
  if (!complaint.feedbackGiven)
    problems.push({ field: 'feedback', message: 'no feedback has been given to the complainant yet' });
  const waiting = complaint.involvedCareLinkIds.filter((id) => !complaint.answeredBy.includes(id));
  if (waiting.length)
    problems.push({ field: 'answers', message: `waiting for the answer of ${waiting.join(', ')}` });
  return problems;
}
