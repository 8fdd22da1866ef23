import {
  careEventChanges,
  deletedVersionOf,
  patientIdentityOf,
  personNamedIn,
  type MappingContext,
  type MappingIssue,
  type SyncableResourceType,
} from '@carechain/fhir';
import type {
  CareEventStore,
  NewCareEvent,
  PatientIdentityRegister,
  PrismaClient,
  RecordedAppendOutcome,
  ToldIdentity,
} from '@carechain/persistence';
import { countIntake, traced } from '@carechain/service-runtime';
import type { Connection } from '../connections/connection-config';
import type { ConnectionStatus } from '../connections/connection-status';
import { FhirServerError, type FhirServer, type SearchBundle } from '../connections/fhir-server';
import { ConnectionCareEvents } from './connection-care-events';
import { storedJsonOf } from './stored-json';
import { SyncState, syncedKey, type SyncedOfType, type SyncedResource } from './sync-state';

/** Each id swept is in the search's URL: a hundred make about 4 kB, within what servers accept. */
const SWEPT_IDS_PER_SEARCH = 100;

type Resource = {
  resourceType: string;
  id: string;
  meta: { versionId: string; lastUpdated: string };
  subject?: { reference?: string };
};

/** A page read and mapped: what its transaction writes. */
interface PreparedPage {
  events: NewCareEvent[];
  /** The resource version each event came from, to name it when the store refuses the event. */
  labels: string[];
  people: { label: string; patientId: string; told: ToldIdentity }[];
  saved: SyncedOfType[];
  advanced?: { resourceType: string; lastUpdated: string };
  /** The type's cursor once the page is stored; none for a sweep's page. */
  next?: string | null;
}

interface FirstPage {
  cursor: string | null;
  page: SearchBundle;
}

/** A page whose transaction is under way, and the synced versions it writes. */
interface StoringPage {
  rows: Map<string, SyncedResource>;
  done: Promise<void>;
}

/**
 * Incremental sync of one connection. Each resource type is walked in _lastUpdated order from its
 * cursor; every page commits its care events, the versions it synced and the advanced cursor in one
 * transaction, so the adapter can be stopped at any moment and resumes without gaps or duplicates.
 */
export class ConnectionSync {
  private readonly state: SyncState;
  private readonly context: MappingContext;
  private readonly careEvents: ConnectionCareEvents;
  /** The first sweep for deletions comes one sweep interval after start, not with the initial sync. */
  private lastSweep = Date.now();

  constructor(
    private readonly connection: Connection,
    private readonly server: FhirServer,
    private readonly status: ConnectionStatus,
    prisma: PrismaClient,
    private readonly store: CareEventStore,
    private readonly identities: PatientIdentityRegister,
  ) {
    this.state = new SyncState(prisma, store.outsideTransaction());
    this.careEvents = new ConnectionCareEvents(connection);
    const locations = connection.locations;
    this.context = {
      careLinkOfLocation: (l) =>
        [l.reference, l.identifier && `${l.identifier.system ?? ''}|${l.identifier.value ?? ''}`, l.display]
          .map((key) => key && locations[key])
          .find(Boolean),
      defaultCareLinkId: connection.careLinks[0],
      idPrefix: connection.idPrefix,
    };
  }

  /**
   * Syncs every configured resource type until the server has nothing newer: identities first, then
   * the other types side by side, each walk's pages committing in order on their own cursor. Only
   * once the Patient walk has answered: an EHR that is down fails that one request, not several at
   * once. Their first pages are asked for then, and read while the patients are mapped and stored.
   */
  async syncAll(stopped: () => boolean = () => false): Promise<void> {
    const types = this.connection.resourceTypes;
    const others = types.filter((type) => type !== 'Patient');
    let firstPages: Map<SyncableResourceType, Promise<FirstPage>> | undefined;
    const readFirstPages = () => {
      firstPages = new Map(others.map((type) => [type, this.firstPage(type)]));
      // Awaited by their walks; a walk that never starts leaves its failure unheard, not unhandled.
      for (const page of firstPages.values()) page.catch(() => undefined);
    };
    if (types.includes('Patient') && !stopped())
      await this.syncType('Patient', stopped, undefined, readFirstPages);
    if (stopped()) return;
    let failure: { error: unknown } | undefined;
    // A failed walk stops the others at their next page; the sync ends once none is still storing.
    const ended = () => !!failure || stopped();
    await Promise.all(
      others.map((type) =>
        this.syncType(type, ended, firstPages?.get(type)).catch((error: unknown) => {
          failure ??= { error };
        }),
      ),
    );
    if (failure) throw failure.error;
    if (stopped() || Date.now() - this.lastSweep < this.connection.deletionSweepSeconds * 1000) return;
    this.lastSweep = Date.now();
    for (const type of types) if (type !== 'Patient' && !stopped()) await this.sweepDeletions(type);
  }

  /**
   * A server need keep no trace of a delete in _lastUpdated or history, so the synced ids are asked
   * for by `_id`, a page at a time, and each one missing is confirmed by a read answering 404 or
   * 410 (Gone). Its last synced version, withdrawn, then gives the cancellations.
   */
  async sweepDeletions(type: SyncableResourceType): Promise<void> {
    const deletedAt = new Date().toISOString();
    const batch = Math.min(this.connection.pageSize, SWEPT_IDS_PER_SEARCH);
    for (let after = ''; ; ) {
      const known = await this.state.present(this.connection.id, type, after, batch);
      if (!known.length) return;
      after = known.at(-1)!.id;
      const found = await this.server.search(type, {
        _id: known.map((k) => k.id).join(','),
        _count: known.length,
      });
      const present = new Set(
        (found.entry ?? []).map((e) => (e.resource as { id?: string } | undefined)?.id),
      );
      const deleted = [];
      for (const candidate of known.filter((k) => !present.has(k.id))) {
        try {
          await this.server.read(type, candidate.id);
        } catch (error) {
          if (!(error instanceof FhirServerError) || (error.status !== 404 && error.status !== 410))
            throw error;
          deleted.push({
            resource: deletedVersionOf({ ...candidate.resource, id: candidate.id }, deletedAt),
          });
        }
      }
      if (deleted.length)
        await this.commitPage(type, await this.preparePage(type, { entry: deleted } as SearchBundle, null));
    }
  }

  /**
   * Keyset paging: after each page the walk asks again from the newest lastUpdated it has seen, so a
   * resource updated during the walk cannot shift the server's offsets and hide another. The
   * server's next link is followed only while a whole page shares one lastUpdated.
   */
  async syncType(
    type: SyncableResourceType,
    stopped: () => boolean = () => false,
    first: Promise<FirstPage> = this.firstPage(type),
    answered?: () => void,
  ): Promise<void> {
    let { cursor, page } = await first;
    answered?.();
    this.status.cursors[type] = cursor;
    let storing: StoringPage | undefined;
    try {
      while (!stopped()) {
        // The next request depends only on this page, so it is read while this page is stored.
        const next = this.cursorAfter(
          type,
          (page.entry ?? []).map((e) => e.resource),
          cursor,
        );
        const link = page.link?.find((l) => l.relation === 'next')?.url;
        const following = link
          ? next === cursor
            ? this.server.page(link)
            : this.server.search(type, this.query(next))
          : undefined;
        // A failed store leaves the read unawaited; its failure is the store's, not this one's.
        following?.catch(() => undefined);
        // This page is mapped while the one before commits, knowing what that one writes; they commit in turn.
        const prepared = await this.preparePage(type, page, cursor, next, storing?.rows);
        await storing?.done;
        storing = this.storePage(type, prepared);
        if (!following) break;
        page = await following;
        cursor = next;
      }
    } finally {
      await storing?.done;
    }
  }

  /** The type's cursor and the first page from it. */
  private async firstPage(type: SyncableResourceType): Promise<FirstPage> {
    const cursor = await this.state.cursor(this.connection.id, type);
    return { cursor, page: await this.server.search(type, this.query(cursor)) };
  }

  private storePage(type: SyncableResourceType, prepared: PreparedPage): StoringPage {
    const done = traced(
      'fhir sync page',
      { 'fhir.connection': this.connection.id, 'fhir.resource_type': type },
      () => this.commitPage(type, prepared),
    );
    // Awaited before the next page commits or the walk ends; until then its failure is held.
    done.catch(() => undefined);
    return { rows: new Map(prepared.saved.map((r) => [syncedKey(r.resourceType, r.id), r])), done };
  }

  /** The newest lastUpdated of the page's resources, or the cursor when none is newer. */
  private cursorAfter(type: string, resources: unknown[], cursor: string | null): string | null {
    return resources.reduce<string | null>((latest, resource) => {
      const r = resource as Partial<Resource> | undefined;
      const at = r?.resourceType === type ? r.meta?.lastUpdated : undefined;
      return typeof at === 'string' && (!latest || Date.parse(at) > Date.parse(latest)) ? at : latest;
    }, cursor);
  }

  private query(cursor: string | null) {
    return {
      _sort: '_lastUpdated',
      _count: this.connection.pageSize,
      ...(cursor ? { _lastUpdated: `ge${cursor}` } : {}),
    };
  }

  /**
   * Maps one page and what it will store, the cursor advanced from `cursor` to `next`; deletions
   * found by a sweep have no `next`, and leave the cursor alone. `storing` holds the rows of a page
   * still committing, newer than the store's.
   */
  private async preparePage(
    type: SyncableResourceType,
    page: SearchBundle,
    cursor: string | null,
    next?: string | null,
    storing?: Map<string, SyncedResource>,
  ): Promise<PreparedPage> {
    const resources: Resource[] = [];
    for (const entry of page.entry ?? []) {
      const r = entry.resource as Partial<Resource> | undefined;
      if (r?.resourceType !== type) continue;
      if (
        typeof r.id === 'string' &&
        typeof r.meta?.versionId === 'string' &&
        typeof r.meta.lastUpdated === 'string'
      )
        resources.push(r as Resource);
      else
        this.status.resourceUnmappable(`${type}/${r.id ?? '(no id)'}`, [
          issue(
            'required',
            `${type}.meta`,
            'the server sent the resource without id, versionId or lastUpdated',
          ),
        ]);
    }
    this.status.counts.resourcesRead += resources.length;
    // The page's resources and the patients they reference, in one lookup.
    const references = type === 'Patient' ? [] : patientReferencesOf(resources);
    const synced = await this.synced(
      [
        ...resources.map((r) => ({ resourceType: type, id: r.id })),
        ...references.map((reference) => ({
          resourceType: 'Patient',
          id: reference.slice('Patient/'.length),
        })),
      ],
      storing,
    );
    const changed = resources.filter(
      (r) => synced.get(syncedKey(type, r.id))?.versionId !== r.meta.versionId,
    );

    const { patients, fetched } =
      type === 'Patient'
        ? { patients: new Map<string, string | MappingIssue>(), fetched: [] }
        : await this.patientsOf(patientReferencesOf(changed), synced);
    const events: NewCareEvent[] = [];
    /** The resource version each event came from, to name it when the store refuses the event. */
    const labels: string[] = [];
    const rows: SyncedOfType[] = [];
    const people: { label: string; patientId: string; told: ToldIdentity }[] = [];
    for (const resource of changed) {
      const label = `${type}/${resource.id}/_history/${resource.meta.versionId}`;
      // Text no store can keep (NUL, unpaired surrogates) makes the resource unmappable, not the page stuck.
      const { json, unsafe } = storedJsonOf(resource);
      if (unsafe.length) {
        this.status.resourceUnmappable(
          label,
          unsafe.map((u) => issue('value', `${type}.${u.path}`, u.message)),
        );
        continue;
      }
      if (type === 'Patient') {
        const identity = patientIdentityOf(resource, this.connection.patientIdentifierSystem);
        if (!identity.ok) this.status.resourceUnmappable(label, identity.issues);
        const told = identity.ok && personNamedIn(resource);
        if (told) people.push({ label, patientId: identity.patientId, told });
        rows.push({
          resourceType: type,
          id: resource.id,
          versionId: resource.meta.versionId,
          patientId: identity.ok ? identity.patientId : null,
          resource: null,
        });
        continue;
      }
      rows.push({
        resourceType: type,
        id: resource.id,
        versionId: resource.meta.versionId,
        patientId: null,
        resource,
        json,
      });
      const mapped = careEventChanges(
        type,
        resource,
        synced.get(syncedKey(type, resource.id))?.resource ?? undefined,
        this.context,
      );
      if (!mapped.ok) {
        this.status.resourceUnmappable(label, mapped.issues);
        continue;
      }
      if (!mapped.events.length) continue;
      const patient =
        patients.get(resource.subject?.reference ?? '') ??
        issue('required', `${type}.subject`, 'the resource does not reference its patient as Patient/id');
      if (typeof patient !== 'string') {
        this.status.resourceUnmappable(label, [patient]);
        continue;
      }
      const drafted = mapped.events.map((draft) => this.careEvents.build(label, patient, draft));
      const problems = drafted.flatMap((event) =>
        this.careEvents
          .problemsOf(event)
          .map((p) => issue(p.refused ? 'security' : 'value', `(care event) ${p.path}`, p.message)),
      );
      if (problems.length) this.status.resourceUnmappable(label, problems);
      else {
        events.push(...drafted);
        labels.push(...drafted.map(() => label));
      }
    }
    const saved = [...rows, ...fetched];
    const advanced = next && next !== cursor ? { resourceType: type, lastUpdated: next } : undefined;
    return { events, labels, people, saved, advanced, next };
  }

  /** Commits a prepared page in one transaction: its care events, identities, synced versions and cursor. */
  private async commitPage(type: SyncableResourceType, page: PreparedPage): Promise<void> {
    const { events, labels, people, saved, advanced } = page;
    // A page with nothing new (as in most incremental syncs) has nothing to commit.
    const outcomes =
      events.length || saved.length || people.length || advanced
        ? await this.store.inTransaction(async (tx) => {
            // What the EHR recorded is its own record: made to the patient's list or plan as it stands now,
            // under the rules every change obeys; a refused one is reported, the rest of the page stored.
            const appended = events.length ? await this.store.appendRecordedIn(tx, events) : [];
            // Name and personal identity number go to the identity register, never into a care event.
            const source = `fhir:${this.connection.id}`;
            const refused = people.length
              ? await this.identities.recordMany(
                  people.map(({ patientId, told }) => ({ patientId, told, source })),
                  tx,
                )
              : [];
            refused.forEach((problems, i) => {
              if (problems.length)
                this.status.resourceUnmappable(
                  people[i].label,
                  problems.map((p) => issue('value', `Patient (identity register) ${p.path}`, p.message)),
                );
            });
            await this.state.save(tx, this.connection.id, saved, advanced);
            return appended;
          })
        : [];
    outcomes.forEach((outcome, i) => {
      if (outcome.status === 'conflict' || outcome.status === 'rejected')
        this.status.resourceUnmappable(labels[i], refusalIssuesOf(outcome), 'refused');
      else if (outcome.status !== 'unchanged')
        this.status.counts[outcome.status === 'accepted' ? 'eventsAppended' : 'duplicates']++;
    });
    countIntake(
      'fhir',
      outcomes.filter((o) => o.status !== 'unchanged'),
    );
    if (page.next !== undefined) this.status.cursors[type] = page.next;
  }

  /** The last synced version of each resource, or the one a page still committing writes; by syncedKey. */
  private async synced(
    resources: { resourceType: string; id: string }[],
    storing?: Map<string, SyncedResource>,
  ): Promise<Map<string, SyncedResource>> {
    const synced = await this.state.synced(this.connection.id, resources);
    for (const { resourceType, id } of resources) {
      const newer = storing?.get(syncedKey(resourceType, id));
      if (newer) synced.set(syncedKey(resourceType, id), newer);
    }
    return synced;
  }

  /**
   * The network patient id behind each `Patient/id` the resources reference. Patients not synced
   * yet are read from the server; their identities (`fetched`) are saved with the page.
   */
  private async patientsOf(
    references: string[],
    known: Map<string, SyncedResource>,
  ): Promise<{ patients: Map<string, string | MappingIssue>; fetched: SyncedOfType[] }> {
    const patients = new Map<string, string | MappingIssue>();
    const fetched: SyncedOfType[] = [];
    for (const reference of references) {
      const id = reference.slice('Patient/'.length);
      const stored = known.get(reference);
      if (stored) {
        patients.set(
          reference,
          stored.patientId ??
            issue('required', 'Patient.identifier', `${reference} has no identifier in the pseudonym system`),
        );
        continue;
      }
      try {
        const patient = await this.server.read('Patient', id);
        const identity = patientIdentityOf(patient, this.connection.patientIdentifierSystem);
        patients.set(reference, identity.ok ? identity.patientId : identity.issues[0]);
        fetched.push({
          resourceType: 'Patient',
          id,
          versionId: patient.meta?.versionId ?? '',
          patientId: identity.ok ? identity.patientId : null,
          resource: null,
        });
      } catch (error) {
        if (!(error instanceof FhirServerError) || error.status !== 404) throw error;
        patients.set(reference, issue('not-found', 'subject', `${reference} does not exist on the server`));
      }
    }
    return { patients, fetched };
  }
}

function refusalIssuesOf(
  outcome: Extract<RecordedAppendOutcome, { status: 'conflict' | 'rejected' }>,
): MappingIssue[] {
  const problems =
    outcome.status === 'conflict'
      ? [{ path: outcome.path ?? '(event)', message: outcome.message }]
      : outcome.problems;
  return problems.map((p) =>
    issue(outcome.status === 'conflict' ? 'value' : 'business-rule', `(care event) ${p.path}`, p.message),
  );
}

function issue(code: MappingIssue['code'], expression: string, diagnostics: string): MappingIssue {
  return { severity: 'error', code, expression: [expression], diagnostics };
}

/** The distinct `Patient/id` references of the resources' subjects. */
function patientReferencesOf(resources: Resource[]): string[] {
  return [
    ...new Set(
      resources
        .map((r) => r.subject?.reference)
        .filter((ref): ref is string => !!ref && /^Patient\/[^/]+$/.test(ref)),
    ),
  ];
}
