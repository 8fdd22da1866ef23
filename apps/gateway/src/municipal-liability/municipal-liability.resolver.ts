import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller, type Caller } from '../access/caller';
import { MunicipalLiabilityInvoice } from './municipal-liability.model';
import { MunicipalLiability } from './municipal-liability.service';

@Resolver()
export class MunicipalLiabilityResolver {
  constructor(private readonly liability: MunicipalLiability) {}

  @Query(() => MunicipalLiabilityInvoice, {
    description:
      'What a municipality owes for a month under the region’s payment-liability rule, every day traced to its events. Coordinators: the region’s for every municipality, a municipality’s for its own.',
  })
  municipalLiabilityInvoice(
    @Args('municipality', { description: 'The municipality’s organisation id in the care-link directory.' })
    municipality: string,
    @Args('month', { description: 'YYYY-MM' }) month: string,
    @CurrentCaller() caller: Caller,
  ) {
    return this.liability.invoice(caller, municipality, month);
  }
}
