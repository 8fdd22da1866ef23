import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';

@InputType({ description: 'A location the EHR names, and the ward care link it means.' })
export class EhrConnectionLocationInput {
  @Field({ description: 'Location reference, system|value or display, as the EHR writes it.' })
  location!: string;
  @Field() careLinkId!: string;
}

@InputType({
  description:
    'An EHR connection as an integrator states it. Credentials only by the name of the environment variable on the FHIR adapter that holds them, never the secret itself.',
})
export class EhrConnectionInput {
  @Field({ description: '1-32 lower-case letters, digits or -, e.g. ryhov.' }) connectionId!: string;
  @Field({ description: 'The http(s) base URL of the FHIR R4 server.' }) baseUrl!: string;
  @Field(() => [String], { description: 'The care links this EHR speaks for.' }) careLinkIds!: string[];
  @Field(() => [EhrConnectionLocationInput], { nullable: true })
  locations?: EhrConnectionLocationInput[] | null;
  @Field({ description: 'The identifier system of the network pseudonym in Patient.identifier.' })
  patientIdentifierSystem!: string;
  @Field(() => String, { nullable: true, description: 'none (default), bearer or client-credentials.' })
  authType?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The environment variable on the adapter holding the bearer token or client secret.',
  })
  credentialEnv?: string | null;
  @Field(() => String, { nullable: true }) tokenUrl?: string | null;
  @Field(() => String, { nullable: true }) clientId?: string | null;
  @Field(() => Int, { nullable: true, description: 'Seconds between polls, 1-86400; default 30.' })
  pollIntervalSeconds?: number | null;
  @Field(() => Int, { nullable: true, description: 'Resources per page, 1-1000; default 100.' })
  pageSize?: number | null;
}

@ObjectType({ description: 'An EHR connection an integrator added, as stored. No patient data, no secrets.' })
export class EhrConnectionSettings {
  @Field() connectionId!: string;
  @Field() baseUrl!: string;
  @Field(() => [String]) careLinkIds!: string[];
  @Field() patientIdentifierSystem!: string;
  @Field() authType!: string;
  @Field(() => String, { nullable: true }) credentialEnv!: string | null;
  @Field(() => Int) pollIntervalSeconds!: number;
  @Field(() => Int) pageSize!: number;
  @Field({ description: 'False while paused: no adapter syncs it.' }) enabled!: boolean;
  @Field(() => Int, {
    description: 'Name it in the next change; a newer version saved meanwhile is a CONFLICT.',
  })
  version!: number;
  @Field() updatedAt!: Date;
  @Field() updatedBy!: string;
}
