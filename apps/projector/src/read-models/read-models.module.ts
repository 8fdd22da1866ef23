import { Module, type DynamicModule } from '@nestjs/common';
import { CarePlanProjection } from '../care-plans/care-plan-projection';
import { JourneyProjection } from '../journeys/journey-projection';
import { MedicineListProjection } from '../medicine-lists/medicine-list-projection';
import { STAY_SETTINGS, StayProjection, type StaySettings } from '../stays/stay-projection';
import { PROJECTIONS } from './projection';
import { ReadModelConsumer } from './read-model-consumer';
import { ReadModels } from './read-models';
import { CATCH_UP_SETTINGS, StoreCatchUp, type CatchUpSettings } from './store-catch-up';

@Module({})
export class ReadModelsModule {
  static forRoot(stays: StaySettings, catchUp: CatchUpSettings): DynamicModule {
    return {
      module: ReadModelsModule,
      providers: [
        { provide: STAY_SETTINGS, useValue: stays },
        { provide: CATCH_UP_SETTINGS, useValue: catchUp },
        JourneyProjection,
        StayProjection,
        MedicineListProjection,
        CarePlanProjection,
        {
          provide: PROJECTIONS,
          inject: [JourneyProjection, StayProjection, MedicineListProjection, CarePlanProjection],
          useFactory: (...projections: unknown[]) => projections,
        },
        ReadModels,
        ReadModelConsumer,
        StoreCatchUp,
      ],
      exports: [ReadModels, StoreCatchUp],
    };
  }
}
