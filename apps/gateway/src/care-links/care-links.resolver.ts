import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { CareLinkKind, OrganisationKind } from '@carechain/domain';
import { CurrentCaller, type Caller } from '../access/caller';
import { RequiresRole } from '../access/requires-role';
import { CareLinkDirectory } from './care-link-directory';
import { CareLink, CareLinkInput, Organisation, OrganisationInput } from './care-link.model';

@Resolver(() => Organisation)
export class CareLinksResolver {
  constructor(private readonly directory: CareLinkDirectory) {}

  @Query(() => [Organisation], { description: 'Organisations of the network.' })
  organisations(@CurrentCaller() _caller: Caller) {
    return this.directory.organisations();
  }

  @Query(() => [CareLink], {
    description: 'Care links of the network, optionally of one kind or organisation.',
  })
  careLinks(
    @CurrentCaller() _caller: Caller,
    @Args('kind', { nullable: true }) kind?: string,
    @Args('organisationId', { type: () => ID, nullable: true }) organisationId?: string,
  ) {
    return this.directory.careLinks({ kind: kind ?? undefined, organisationId: organisationId ?? undefined });
  }

  @Query(() => CareLink, { nullable: true })
  careLink(@Args('careLinkId', { type: () => ID }) careLinkId: string, @CurrentCaller() _caller: Caller) {
    return this.directory.careLink(careLinkId);
  }

  @ResolveField('careLinks', () => [CareLink])
  careLinksOf(@Parent() organisation: Organisation) {
    return this.directory.careLinks({ organisationId: organisation.organisationId });
  }

  @RequiresRole('directory')
  @Mutation(() => Organisation, {
    description: 'Registers an organisation, or changes its name, kind or time zone.',
  })
  saveOrganisation(@Args('input') input: OrganisationInput, @CurrentCaller() _caller: Caller) {
    return this.directory.saveOrganisation({ ...input, kind: input.kind as OrganisationKind });
  }

  @RequiresRole('directory')
  @Mutation(() => CareLink, { description: 'Registers a care link, or changes it.' })
  saveCareLink(@Args('input') input: CareLinkInput, @CurrentCaller() _caller: Caller) {
    return this.directory.saveCareLink({
      ...input,
      kind: input.kind as CareLinkKind,
      hospital: input.hospital ?? null,
      noticesForMunicipalityCode: input.noticesForMunicipalityCode || null,
      hsaId: input.hsaId || null,
    });
  }
}
