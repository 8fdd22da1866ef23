import { Args, Context, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { callerFromContext, CurrentCaller, type Caller, type GatewayContext } from '../access/caller';
import { instantIn } from '../client-errors';
import { HandoverRecords } from '../patient-records/handover-records';
import { HandoverInbox } from './handover-inbox';
import { HandoverSpecifications } from './handover-specifications';
import {
  HandoverInboxFilter,
  HandoverInboxOrder,
  HandoverInboxPage,
  HandoverPackage,
  HandoverSpecification,
  HandoverSpecificationInput,
  TransmissionStatistics,
} from './handover.model';
import { patientRecordSchema } from './patient-record';

type SpecificationRow = Awaited<ReturnType<HandoverSpecifications['ofCareLink']>>[number];

const specificationView = (row: SpecificationRow): HandoverSpecification => {
  const target = row.target as { kind: string; hours?: number; days?: number };
  return { ...row, target: { kind: target.kind, hours: target.hours ?? null, days: target.days ?? null } };
};

@Resolver()
export class HandoversResolver {
  constructor(
    private readonly specifications: HandoverSpecifications,
    private readonly inbox: HandoverInbox,
    private readonly records: HandoverRecords,
  ) {}

  @Query(() => String, {
    description: "The schema of the patient's record that handover specifications query (SDL).",
  })
  handoverRecordSchema(): string {
    return printSchema(patientRecordSchema);
  }

  @Mutation(() => HandoverSpecification, {
    description:
      "Saves what the caller's care link requires for a trigger; saving an existing id makes a new version.",
  })
  async saveHandoverSpecification(
    @Args('input') input: HandoverSpecificationInput,
    @CurrentCaller() caller: Caller,
  ) {
    return specificationView(await this.specifications.save(caller, input));
  }

  @Mutation(() => Boolean, {
    description: 'Stops a specification; packages already delivered keep their version.',
  })
  retireHandoverSpecification(
    @Args('specificationId', { type: () => ID }) specificationId: string,
    @CurrentCaller() caller: Caller,
  ) {
    return this.specifications.retire(caller, specificationId);
  }

  @Query(() => [HandoverSpecification], { description: "The caller's care link's specifications." })
  async handoverSpecifications(
    @CurrentCaller() caller: Caller,
    @Args('includeHistory', { defaultValue: false }) includeHistory: boolean,
  ) {
    return (await this.specifications.ofCareLink(caller.careLinkId, includeHistory)).map(specificationView);
  }

  @Query(() => HandoverInboxPage, {
    description:
      "Every handover ever addressed to the caller's care link, a page at a time: unacknowledged first, then by deadline.",
  })
  handoverInboxPage(
    @CurrentCaller() caller: Caller,
    @Args('filter', { type: () => HandoverInboxFilter, nullable: true }) filter: HandoverInboxFilter | null,
    @Args('order', { type: () => HandoverInboxOrder, defaultValue: HandoverInboxOrder.NEWEST_DUE_FIRST })
    order: HandoverInboxOrder,
    @Args('first', { type: () => Int, defaultValue: 25 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    return this.records.inboxPage(caller, filter ?? {}, order, first, after ?? undefined);
  }

  @Query(() => [HandoverPackage], {
    description: "Handovers the caller's care link sent, with their status (not their data).",
  })
  sentHandovers(
    @CurrentCaller() caller: Caller,
    @Args('unacknowledgedOnly', { defaultValue: false }) unacknowledgedOnly: boolean,
  ) {
    return this.records.sent(caller, unacknowledgedOnly);
  }

  @Query(() => HandoverPackage)
  handoverPackage(@Args('packageId', { type: () => ID }) packageId: string, @CurrentCaller() caller: Caller) {
    return this.records.one(caller, packageId);
  }

  @Mutation(() => HandoverPackage, { description: 'The receiving link confirms it has the information.' })
  acknowledgeHandover(
    @Args('packageId', { type: () => ID }) packageId: string,
    @CurrentCaller() caller: Caller,
  ) {
    return this.inbox.acknowledge(caller, packageId);
  }

  @Query(() => [TransmissionStatistics], {
    description:
      'Per pair of links, for handovers triggered in [from, to): times to send and acknowledge, share on target.',
  })
  transmissionStatistics(
    @Args('from') from: string,
    @Args('to') to: string,
    @CurrentCaller() _caller: Caller,
  ) {
    return this.inbox.statistics(instantIn('from', from), instantIn('to', to));
  }

  @Subscription(() => HandoverPackage, {
    description:
      "Each new handover addressed to the caller's care link, as it is delivered by any gateway instance. " +
      'With `since`, first those sent since then: a client reconnecting after a lost connection passes the time it connected (or of the last package it saw) and misses nothing; it may see a package twice and keeps it once by packageId.',
    resolve(
      this: HandoversResolver,
      payload: { packageId: string },
      _args: unknown,
      context: GatewayContext,
    ) {
      return this.records.one(callerFromContext(context), payload.packageId);
    },
  })
  handoverDelivered(
    @Context() context: GatewayContext,
    @Args('since', { nullable: true, type: () => String }) since?: string,
  ) {
    // Refuses a connection without a caller before it waits for anything.
    const caller = callerFromContext(context);
    return this.inbox.deliveries(
      caller,
      since === undefined || since === null ? undefined : instantIn('since', since),
    );
  }
}
