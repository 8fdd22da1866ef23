import { graphql } from '../graphql/generated';

// The complaints line's queue and a unit's complaints to answer show the same card, so ask the same fields.
export const COMPLAINT_CARD_FIELDS = graphql(`
  fragment ComplaintCardFields on Complaint {
    complaintId
    receivedOn
    summary
    complainantKind
    concernsPatient
    patientId
    involvedCareLinkIds
    awaitingAnswerFrom
    answers {
      careLinkId
      answer
      answeredAt
      answeredBy
    }
    feedback
    feedbackGivenOn
    complainantResponse
    projectId
    improvementMeeting
    closedAt
    closedBy
  }
`);

export const COMPLAINTS = graphql(`
  query Complaints($open: Boolean) {
    complaints(open: $open) {
      ...ComplaintCardFields
    }
  }
`);

export const TO_ANSWER = graphql(`
  query ComplaintsToAnswer {
    complaintsToAnswer {
      ...ComplaintCardFields
    }
  }
`);

export const RECORD_COMPLAINT = graphql(`
  mutation RecordComplaint($input: ComplaintInput!) {
    recordComplaint(input: $input) {
      complaintId
    }
  }
`);

export const ANSWER_COMPLAINT = graphql(`
  mutation AnswerComplaint($complaintId: ID!, $answer: String!) {
    answerComplaint(complaintId: $complaintId, answer: $answer) {
      complaintId
      awaitingAnswerFrom
    }
  }
`);

export const COMPLAINT_FEEDBACK = graphql(`
  mutation ComplaintFeedback($complaintId: ID!, $input: ComplaintFeedbackInput!) {
    giveComplaintFeedback(complaintId: $complaintId, input: $input) {
      complaintId
      feedback
    }
  }
`);

export const CLOSE_COMPLAINT = graphql(`
  mutation CloseComplaint($complaintId: ID!) {
    closeComplaint(complaintId: $complaintId) {
      complaintId
      closedAt
    }
  }
`);
