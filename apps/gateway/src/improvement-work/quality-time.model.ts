import { Field, Float, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum UptakeGrouping {
  UNIT = 'unit',
  ORGANISATION = 'organisation',
  NETWORK = 'network',
}
registerEnumType(UptakeGrouping, {
  name: 'UptakeGrouping',
  description: 'Per care link, per its organisation, or the whole network.',
});

@InputType({
  description: 'Quality Time sessions a social-care unit offered, and those used, in one ISO week.',
})
export class QualityTimeWeekInput {
  @Field({ description: 'The home care or nursing home care link.' }) careLinkId!: string;
  @Field({ description: 'Monday of the ISO week, YYYY-MM-DD.' }) week!: string;
  @Field(() => Int, { description: 'Sessions offered: one for each person the unit cared for that week.' })
  offered!: number;
  @Field(() => Int, { description: 'Sessions used.' }) used!: number;
}

@ObjectType()
export class QualityTimeWeek {
  @Field() careLinkId!: string;
  @Field() week!: string;
  @Field(() => Int) offered!: number;
  @Field(() => Int) used!: number;
  @Field() recordedBy!: string;
}

@ObjectType({
  description:
    'Quality Time uptake: sessions used over sessions offered, pooled over the weeks of the period.',
})
export class QualityTimeUptake {
  @Field({ description: 'Care link id, organisation id, or "network".' }) group!: string;
  @Field({ description: 'First day of the period.' }) period!: string;
  @Field(() => Int) offered!: number;
  @Field(() => Int) used!: number;
  @Field(() => Float, { nullable: true, description: 'used / offered; null when nothing was offered.' })
  uptake!: number | null;
}
