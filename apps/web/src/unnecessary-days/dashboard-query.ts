import { graphql } from '../graphql/generated';

export const DASHBOARD = graphql(`
  query Dashboard(
    $filter: UnnecessaryDaysFilter!
    $granularity: Granularity!
    $baselinePoints: Int
    $rebaseAt: [String!]
    $run: Boolean!
  ) {
    unnecessaryDays(filter: $filter, granularity: $granularity) {
      total
      byCause {
        key
        value
      }
      byWard {
        key
        value
      }
      byHospital {
        key
        value
      }
      byReceivingOrganisation {
        key
        value
      }
    }
    unnecessaryDaysXmrChart(
      filter: $filter
      granularity: $granularity
      baselinePoints: $baselinePoints
      rebaseAt: $rebaseAt
    ) {
      ...XmrChartFields
    }
    unnecessaryDaysRunChart(filter: $filter, granularity: $granularity) @include(if: $run) {
      median
      runs
      usefulObservations
      tooFewRuns
      tooManyRuns
      periodsWithoutData
      points {
        period
        value
        shift
        trend
      }
    }
  }
`);

/** The years holding any unnecessary day, so the dashboard opens on the data that exists. */
export const EXTENT = graphql(`
  query DashboardExtent($from: String!, $to: String!) {
    unnecessaryDays(filter: { from: $from, to: $to }, granularity: YEAR) {
      series {
        period
        value
      }
    }
  }
`);

export const INDICATORS = graphql(`
  query DashboardIndicators($from: String!, $to: String!, $granularity: Granularity!) {
    admissions(from: $from, to: $to, granularity: $granularity) {
      period
      value
    }
    hospitalDays(from: $from, to: $to, granularity: $granularity) {
      period
      value
    }
    transmissionStatistics(from: $from, to: $to) {
      sendingCareLinkId
      receivingCareLinkId
      handovers
      acknowledged
      shareOnTarget
      medianMinutesToSend
      medianMinutesToAcknowledge
    }
  }
`);

export const NATIONAL_INDICATOR = graphql(`
  query NationalIndicator($month: String!) {
    nationalIndicator(month: $month) {
      month
      meanDays
      stays
      totalDays
    }
  }
`);
