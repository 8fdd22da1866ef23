import { graphql } from '../graphql/generated';

export const IDEAS = graphql(`
  query ImprovementIdeas($status: String) {
    improvementIdeas(status: $status) {
      ideaId
      title
      description
      status
      submitterKind
      submittedBy
      submittedAt
      submittedFromLink
      parkedReason
      projectId
    }
  }
`);

export const SUBMIT_IDEA = graphql(`
  mutation SubmitIdea($input: ImprovementIdeaInput!) {
    submitImprovementIdea(input: $input) {
      ideaId
      status
    }
  }
`);

export const PARK_IDEA = graphql(`
  mutation ParkIdea($ideaId: ID!, $reason: String!) {
    parkImprovementIdea(ideaId: $ideaId, reason: $reason) {
      ideaId
      status
      parkedReason
    }
  }
`);

export const PROJECTS = graphql(`
  query ImprovementProjects($to: String!) {
    improvementProjects {
      projectId
      title
      status
      startsOn
      aim {
        target
        by
      }
      aimEvaluation(to: $to) {
        status
        reachedIn
      }
      celebration {
        at
      }
      measures {
        measureId
        name
        role
        chart(to: $to) {
          firstImprovementSignal
          points {
            period
            specialCause
            variation
          }
        }
      }
    }
    celebrations {
      projectId
      title
      aimStatement
      celebration {
        at
        by
        note
      }
    }
  }
`);

export const CREATE_PROJECT = graphql(`
  mutation CreateProject($input: ImprovementProjectInput!) {
    createImprovementProject(input: $input) {
      projectId
    }
  }
`);

export const PROJECT = graphql(`
  query ImprovementProject($projectId: ID!, $to: String!) {
    improvementProject(projectId: $projectId) {
      projectId
      title
      status
      problem
      whoMustCooperate
      aimStatement
      startsOn
      granularity
      aim {
        measureKey
        target
        by
        sustainedPoints
      }
      aimEvaluation(to: $to) {
        status
        reachedIn
      }
      celebration {
        at
        by
        note
      }
      team {
        name
        role
        careLinkId
      }
      cycles {
        cycleId
        number
        change
        plan
        prediction
        startsOn
        endsOn
        doNote
        study
        act
        actNote
      }
      learning {
        at
        by
        text
      }
      measures {
        measureId
        key
        name
        role
        improvement
        series {
          kind
          wardCareLinkIds
          receivingOrganisationIds
          sendingCareLinkId
          receivingCareLinkId
          statistic
          unit
          diagnosisGroup
        }
        chart(to: $to) {
          baselineFixed
          baselinePoints
          firstImprovementSignal
          annotations {
            cycleNumber
            label
            startPeriod
            endPeriod
          }
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
      }
    }
  }
`);

export const PLAN_CYCLE = graphql(`
  mutation PlanCycle($projectId: ID!, $input: PdsaPlanInput!) {
    planPdsaCycle(projectId: $projectId, input: $input) {
      cycleId
      number
    }
  }
`);

export const RECORD_OUTCOME = graphql(`
  mutation RecordOutcome($cycleId: ID!, $input: PdsaOutcomeInput!) {
    recordPdsaOutcome(cycleId: $cycleId, input: $input) {
      cycleId
      act
    }
  }
`);

export const RECORD_VALUE = graphql(`
  mutation RecordMeasureValue($measureId: ID!, $period: String!, $value: Float!) {
    recordMeasureValue(measureId: $measureId, period: $period, value: $value)
  }
`);

export const RECORD_LEARNING = graphql(`
  mutation RecordLearning($projectId: ID!, $text: String!) {
    recordProjectLearning(projectId: $projectId, text: $text) {
      projectId
    }
  }
`);

export const CHANGE_STATUS = graphql(`
  mutation ChangeProjectStatus($projectId: ID!, $status: String!, $learning: String) {
    changeImprovementProjectStatus(projectId: $projectId, status: $status, learning: $learning) {
      projectId
      status
    }
  }
`);

export const CELEBRATE = graphql(`
  mutation Celebrate($projectId: ID!, $note: String, $to: String!) {
    celebrateImprovementProject(projectId: $projectId, note: $note, to: $to) {
      projectId
      celebration {
        at
      }
    }
  }
`);
