import { Module, type DynamicModule } from '@nestjs/common';
import { careEventStoreProvider } from '@carechain/messaging';
import { PatientRecordsModule } from '../patient-records/patient-records.module';
import { HandoverAnnouncements } from './handover-announcements';
import { HandoverDeadlines } from './handover-deadlines';
import { HandoverDelivery } from './handover-delivery';
import { HandoverInbox } from './handover-inbox';
import { HANDOVER_SETTINGS, type HandoverSettings } from './handover-settings';
import { HandoverSpecifications } from './handover-specifications';
import { HandoversResolver } from './handovers.resolver';
import { PatientRecord } from './patient-record';

@Module({})
export class HandoversModule {
  static forRoot(settings: HandoverSettings): DynamicModule {
    return {
      module: HandoversModule,
      imports: [PatientRecordsModule],
      providers: [
        { provide: HANDOVER_SETTINGS, useValue: settings },
        careEventStoreProvider,
        PatientRecord,
        HandoverSpecifications,
        HandoverAnnouncements,
        HandoverInbox,
        HandoverDeadlines,
        HandoverDelivery,
        HandoversResolver,
      ],
    };
  }
}
