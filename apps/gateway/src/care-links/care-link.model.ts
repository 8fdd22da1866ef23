import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A region, municipality or private provider that care links belong to.' })
export class Organisation {
  @Field(() => ID) organisationId!: string;
  @Field() name!: string;
  @Field({ description: 'region, municipality or private-provider' }) kind!: string;
  @Field({ description: 'IANA time zone its deadlines and day counts follow.' }) timeZone!: string;
  @Field(() => [CareLink]) careLinks!: CareLink[];
}

@ObjectType({
  description: 'A unit in the care chain: hospital ward, primary care unit, home care, nursing home.',
})
export class CareLink {
  @Field(() => ID) careLinkId!: string;
  @Field() name!: string;
  @Field({
    description: 'hospital-ward, emergency-department, primary-care-unit, home-care, nursing-home or other',
  })
  kind!: string;
  @Field(() => ID) organisationId!: string;
  @Field(() => String, { nullable: true, description: 'The hospital a ward belongs to.' }) hospital!:
    | string
    | null;
  @Field(() => String, {
    nullable: true,
    description: 'The municipality (kommunkod) whose discharge-planning notices this link receives.',
  })
  noticesForMunicipalityCode!: string | null;
  @Field(() => String, { nullable: true, description: "The unit's HSA id." }) hsaId!: string | null;
}

@InputType()
export class OrganisationInput {
  @Field(() => ID) organisationId!: string;
  @Field() name!: string;
  @Field({ description: 'region, municipality or private-provider' }) kind!: string;
  @Field({ defaultValue: 'Europe/Stockholm' }) timeZone!: string;
}

@InputType()
export class CareLinkInput {
  @Field(() => ID) careLinkId!: string;
  @Field() name!: string;
  @Field({
    description: 'hospital-ward, emergency-department, primary-care-unit, home-care, nursing-home or other',
  })
  kind!: string;
  @Field(() => ID) organisationId!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Required for hospital wards and emergency departments.',
  })
  hospital?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'The municipality (four-digit kommunkod) whose discharge-planning notices this link receives, e.g. 0680.',
  })
  noticesForMunicipalityCode?: string | null;
  @Field(() => String, {
    nullable: true,
    description: "The unit's HSA id; EHRs name a patient's listed primary care unit by it.",
  })
  hsaId?: string | null;
}
