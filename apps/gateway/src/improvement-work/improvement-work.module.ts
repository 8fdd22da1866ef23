import { Module, type DynamicModule } from '@nestjs/common';
import { PatientRecordsModule } from '../patient-records/patient-records.module';
import { CareLinksModule } from '../care-links/care-links.module';
import { UnnecessaryDaysModule } from '../unnecessary-days/unnecessary-days.module';
import type { DashboardSettings } from '../unnecessary-days/unnecessary-days.service';
import { Complaints } from './complaints';
import { ComplaintsResolver } from './complaints.resolver';
import { CooperationBreakdowns } from './cooperation-breakdowns';
import { CooperationBreakdownsResolver } from './cooperation-breakdowns.resolver';
import { IdeasRegister } from './ideas-register';
import { ImprovementProjects } from './improvement-projects';
import { ImprovementMeasuresResolver, ImprovementProjectsResolver } from './improvement-projects.resolver';
import { MeasureSeriesSource } from './measure-series';
import { NetworkMeetings } from './network-meetings';
import { NetworkMeetingsResolver } from './network-meetings.resolver';
import { QualityTime } from './quality-time';
import { QualityTimeResolver } from './quality-time.resolver';

/** Improvement work for Esther coaches: ideas, projects with PDSA cycles, breakdown reports, complaints, Quality Time, network meetings. */
@Module({})
export class ImprovementWorkModule {
  /** The same settings as the unnecessary-days dashboard, whose series the measures follow. */
  static forRoot(settings: DashboardSettings): DynamicModule {
    return {
      module: ImprovementWorkModule,
      imports: [PatientRecordsModule, CareLinksModule, UnnecessaryDaysModule.forRoot(settings)],
      providers: [
        MeasureSeriesSource,
        IdeasRegister,
        ImprovementProjects,
        CooperationBreakdowns,
        Complaints,
        QualityTime,
        NetworkMeetings,
        ImprovementProjectsResolver,
        ImprovementMeasuresResolver,
        CooperationBreakdownsResolver,
        ComplaintsResolver,
        QualityTimeResolver,
        NetworkMeetingsResolver,
      ],
    };
  }
}
