import { Args, Float, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentCaller, type Caller } from '../access/caller';
import { RequiresRole } from '../access/requires-role';
import { IdeasRegister } from './ideas-register';
import {
  AimEvaluation,
  ImprovementIdea,
  ImprovementIdeaInput,
  ImprovementMeasure,
  ImprovementProject,
  ImprovementProjectInput,
  MeasureChart,
  PdsaCycle,
  PdsaOutcomeInput,
  PdsaPlanInput,
} from './improvement-projects.model';
import { ImprovementProjects } from './improvement-projects';

const TO = {
  nullable: true,
  type: () => String,
  description: 'Last day, YYYY-MM-DD; default today in the organisation’s time zone.',
} as const;

@Resolver(() => ImprovementProject)
export class ImprovementProjectsResolver {
  constructor(
    private readonly projects: ImprovementProjects,
    private readonly ideas: IdeasRegister,
  ) {}

  @Mutation(() => ImprovementIdea, {
    description:
      'Records an improvement idea: anyone may, staff, coaches, patients and their representatives.',
  })
  submitImprovementIdea(@Args('input') input: ImprovementIdeaInput, @CurrentCaller() caller: Caller) {
    return this.ideas.submit(caller, input);
  }

  @Query(() => [ImprovementIdea], {
    description: 'The ideas register, newest first; optionally only new, adopted or parked ideas.',
  })
  improvementIdeas(
    @CurrentCaller() _caller: Caller,
    @Args('status', { nullable: true, type: () => String }) status: string | null,
  ) {
    return this.ideas.list(status);
  }

  @RequiresRole('improvementWork')
  @Mutation(() => ImprovementIdea, {
    description: 'Parks an idea, saying why. (Adopting is createImprovementProject with its ideaId.)',
  })
  parkImprovementIdea(
    @Args('ideaId', { type: () => ID }) ideaId: string,
    @Args('reason') reason: string,
    @CurrentCaller() caller: Caller,
  ) {
    return this.ideas.park(caller, ideaId, reason);
  }

  @RequiresRole('improvementWork')
  @Mutation(() => ImprovementProject, {
    description:
      'Starts an improvement project; each measure’s baseline is fixed now, from the periods before startsOn.',
  })
  createImprovementProject(@Args('input') input: ImprovementProjectInput, @CurrentCaller() caller: Caller) {
    return this.projects.create(caller, input);
  }

  @Query(() => [ImprovementProject], {
    description: 'Improvement projects, latest start first; optionally of one status.',
  })
  improvementProjects(
    @CurrentCaller() _caller: Caller,
    @Args('status', { nullable: true, type: () => String }) status: string | null,
  ) {
    return this.projects.list(status);
  }

  @Query(() => ImprovementProject)
  improvementProject(
    @Args('projectId', { type: () => ID }) projectId: string,
    @CurrentCaller() _caller: Caller,
  ) {
    return this.projects.get(projectId);
  }

  @Query(() => [ImprovementProject], {
    description: 'Projects that reached their aim and were celebrated, latest first.',
  })
  celebrations(@CurrentCaller() _caller: Caller) {
    return this.projects.celebrations();
  }

  @ResolveField(() => AimEvaluation, {
    description: 'Whether the aim is reached, over the complete periods up to `to`.',
  })
  aimEvaluation(@Parent() project: ImprovementProject, @Args('to', TO) to: string | null) {
    // A left-out argument arrives as undefined, not null.
    return this.projects.aimEvaluation(project.projectId, to ?? null);
  }

  @RequiresRole('improvementWork')
  @Mutation(() => PdsaCycle, {
    description: 'Plans the next PDSA cycle: the change, the plan and the prediction.',
  })
  planPdsaCycle(
    @Args('projectId', { type: () => ID }) projectId: string,
    @Args('input') input: PdsaPlanInput,
    @CurrentCaller() _caller: Caller,
  ) {
    return this.projects.planCycle(projectId, input);
  }

  @RequiresRole('improvementWork')
  @Mutation(() => PdsaCycle, {
    description: 'Records what was done, studied and decided (adopt, adapt or abandon).',
  })
  recordPdsaOutcome(
    @Args('cycleId', { type: () => ID }) cycleId: string,
    @Args('input') input: PdsaOutcomeInput,
    @CurrentCaller() _caller: Caller,
  ) {
    return this.projects.recordOutcome(cycleId, input);
  }

  @RequiresRole('improvementWork')
  @Mutation(() => Float, {
    description:
      'Enters the value of a manual measure for one period from the start on; entering it again corrects it.',
  })
  recordMeasureValue(
    @Args('measureId', { type: () => ID }) measureId: string,
    @Args('period', { description: 'First day of the period, YYYY-MM-DD.' }) period: string,
    @Args('value', { type: () => Float }) value: number,
    @CurrentCaller() caller: Caller,
  ) {
    return this.projects.recordValue(caller, measureId, period, value);
  }

  @RequiresRole('improvementWork')
  @Mutation(() => ImprovementProject, { description: 'Adds to the record of what the project learned.' })
  recordProjectLearning(
    @Args('projectId', { type: () => ID }) projectId: string,
    @Args('text') text: string,
    @CurrentCaller() caller: Caller,
  ) {
    return this.projects.recordLearning(caller, projectId, text);
  }

  @RequiresRole('improvementWork')
  @Mutation(() => ImprovementProject, {
    description: 'active, completed or stopped; ending a project records what was learned.',
  })
  changeImprovementProjectStatus(
    @Args('projectId', { type: () => ID }) projectId: string,
    @Args('status') status: string,
    @Args('learning', { nullable: true, type: () => String }) learning: string | null,
    @CurrentCaller() caller: Caller,
  ) {
    return this.projects.changeStatus(caller, projectId, status, learning);
  }

  @RequiresRole('improvementWork')
  @Mutation(() => ImprovementProject, {
    description: 'Marks the project celebrated; only once its aim is reached.',
  })
  celebrateImprovementProject(
    @Args('projectId', { type: () => ID }) projectId: string,
    @Args('note', { nullable: true, type: () => String }) note: string | null,
    @Args('to', TO) to: string | null,
    @CurrentCaller() caller: Caller,
  ) {
    return this.projects.celebrate(caller, projectId, note ?? null, to ?? null);
  }
}

@Resolver(() => ImprovementMeasure)
export class ImprovementMeasuresResolver {
  constructor(private readonly projects: ImprovementProjects) {}

  @ResolveField(() => MeasureChart, {
    nullable: true,
    description: 'XmR chart against the fixed baseline, with the PDSA cycles; null with no values yet.',
  })
  chart(@Parent() measure: ImprovementMeasure, @Args('to', TO) to: string | null) {
    return this.projects.chart(measure.projectId, measure.measureId, to ?? null);
  }
}
