import { Module, type DynamicModule } from '@nestjs/common';
import { CarePlanProjection } from '../care-plans/care-plan-projection';
import { DischargePlanningProjection } from '../discharge-planning/discharge-planning-projection';
import { JourneyProjection } from '../journeys/journey-projection';
import { MedicineListProjection } from '../medicine-lists/medicine-list-projection';
import { STAY_SETTINGS, StayProjection, type StaySettings } from '../stays/stay-projection';
import { PROJECTIONS } from './projection';
import { ReadModelConsumer } from './read-model-consumer';
import { ReadModels } from './read-models';
import { CATCH_UP_SETTINGS, StoreCatchUp, type CatchUpSettings } from './store-catch-up';

/** Every read model's projection, for the running projector and for rebuilds and checks beside it. */
@Module({})
export class ProjectionsModule {
  static forRoot(stays: StaySettings): DynamicModule {
    return {
      module: ProjectionsModule,
      providers: [
        { provide: STAY_SETTINGS, useValue: stays },
        JourneyProjection,
        StayProjection,
        MedicineListProjection,
        CarePlanProjection,
        DischargePlanningProjection,
        {
          provide: PROJECTIONS,
          inject: [
            JourneyProjection,
            StayProjection,
            MedicineListProjection,
            CarePlanProjection,
            DischargePlanningProjection,
          ],
          useFactory: (...projections: unknown[]) => projections,
        },
      ],
      exports: [PROJECTIONS],
    };
  }
}

@Module({})
export class ReadModelsModule {
  static forRoot(stays: StaySettings, catchUp: CatchUpSettings): DynamicModule {
    return {
      module: ReadModelsModule,
      imports: [ProjectionsModule.forRoot(stays)],
      providers: [
        { provide: CATCH_UP_SETTINGS, useValue: catchUp },
        ReadModels,
        ReadModelConsumer,
        StoreCatchUp,
      ],
      exports: [ReadModels, StoreCatchUp],
    };
  }
}
