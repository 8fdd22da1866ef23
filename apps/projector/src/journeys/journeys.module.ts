import { Module } from '@nestjs/common';
import { JourneyConsumer } from './journey-consumer';
import { JourneyProjection } from './journey-projection';

@Module({
  providers: [JourneyProjection, JourneyConsumer],
  exports: [JourneyProjection],
})
export class JourneysModule {}
