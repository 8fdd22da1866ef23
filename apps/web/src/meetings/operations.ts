import { graphql } from '../graphql/generated';

export const MEETINGS = graphql(`
  query NetworkMeetings($from: String!, $to: String!) {
    networkMeetings(from: $from, to: $to) {
      meetingId
      area
      heldOn
      agenda {
        itemId
      }
      minutesRecordedAt
    }
  }
`);

export const PLAN_MEETING = graphql(`
  mutation PlanMeeting($input: NetworkMeetingInput!) {
    planNetworkMeeting(input: $input) {
      meetingId
    }
  }
`);

export const MEETING = graphql(`
  query NetworkMeeting($meetingId: ID!) {
    networkMeeting(meetingId: $meetingId) {
      meetingId
      area
      heldOn
      nextMeetingOn
      organisationIds
      participantCareLinkIds
      patientRepresentatives
      plannedBy
      minutesRecordedAt
      minutesRecordedBy
      agenda {
        itemId
        position
        title
        detail
        sourceKind
        sourceId
        decision
        ownerCareLinkId
      }
    }
    proposedAgenda(meetingId: $meetingId) {
      title
      detail
      sourceKind
      sourceId
    }
  }
`);

export const ADOPT_AGENDA = graphql(`
  mutation AdoptAgenda($meetingId: ID!) {
    adoptAgenda(meetingId: $meetingId) {
      meetingId
    }
  }
`);

export const ADD_ITEM = graphql(`
  mutation AddAgendaItem($meetingId: ID!, $input: AgendaItemInput!) {
    addAgendaItem(meetingId: $meetingId, input: $input) {
      meetingId
    }
  }
`);

export const RECORD_MINUTES = graphql(`
  mutation RecordMinutes($meetingId: ID!, $items: [AgendaMinuteInput!]!) {
    recordMinutes(meetingId: $meetingId, items: $items) {
      meetingId
      minutesRecordedAt
    }
  }
`);

export const LINK_COMPLAINT = graphql(`
  mutation LinkComplaint($complaintId: ID!, $improvementMeeting: String, $projectId: ID) {
    linkComplaint(complaintId: $complaintId, improvementMeeting: $improvementMeeting, projectId: $projectId) {
      complaintId
      projectId
      improvementMeeting
    }
  }
`);

/** What agenda items point at, so each is told in the reader's language with names, not ids. */
export const AGENDA_SOURCES = graphql(`
  query AgendaSources($from: String!, $to: String!) {
    improvementProjects {
      projectId
      title
      cycles {
        number
        change
        act
      }
    }
    complaints(open: true) {
      complaintId
      receivedOn
      summary
      awaitingAnswerFrom
      feedback
      projectId
      improvementMeeting
    }
    cooperationBreakdowns(from: $from, to: $to) {
      reportId
      occurredOn
      careLinkIds
      whatHappened
      feedback
      projectId
    }
  }
`);
