import { graphql } from '../graphql/generated';

export const REPORT_BREAKDOWN = graphql(`
  mutation ReportBreakdown($input: CooperationBreakdownInput!) {
    reportCooperationBreakdown(input: $input) {
      reportId
    }
  }
`);

export const MY_BREAKDOWNS = graphql(`
  query MyBreakdowns {
    myCooperationBreakdowns {
      reportId
      occurredOn
      careLinkIds
      whatHappened
      feedback
      feedbackAt
      projectId
    }
  }
`);

export const BREAKDOWNS = graphql(`
  query Breakdowns($from: String!, $to: String!) {
    cooperationBreakdowns(from: $from, to: $to) {
      reportId
      occurredOn
      careLinkIds
      reportingCareLinkId
      whatHappened
      consequence
      feedback
      projectId
    }
    cooperationBreakdownTrends(from: $from, to: $to, granularity: MONTH) {
      careLinkIds
      total
      series {
        period
        value
      }
    }
    improvementProjects(status: "active") {
      projectId
      title
    }
  }
`);

export const LINK_BREAKDOWN = graphql(`
  mutation LinkBreakdown($reportId: ID!, $projectId: ID!) {
    linkCooperationBreakdown(reportId: $reportId, projectId: $projectId) {
      reportId
      projectId
    }
  }
`);

export const BREAKDOWN_FEEDBACK = graphql(`
  mutation BreakdownFeedback($reportId: ID!, $feedback: String!) {
    giveCooperationBreakdownFeedback(reportId: $reportId, feedback: $feedback) {
      reportId
      feedback
    }
  }
`);
