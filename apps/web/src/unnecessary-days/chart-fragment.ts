import { graphql } from '../graphql/generated';

/** An XmR chart's segments and points as every chart on the web draws them (chartRows). */
export const XMR_CHART_FIELDS = graphql(`
  fragment XmrChartFields on XmrChartView {
    periodsWithoutData
    segments {
      firstPeriod
      mean
      upperLimit
      lowerLimit
    }
    points {
      ...XmrPointFields
    }
  }
`);

export const XMR_POINT_FIELDS = graphql(`
  fragment XmrPointFields on ChartPoint {
    period
    value
    segment
    outsideLimits
    shift
    trend
    twoOfThreeNearLimit
    specialCause
    variation
  }
`);
