import {
  All,
  Controller,
  Get,
  Header,
  Inject,
  NotFoundException,
  Param,
  Query,
  Req,
  Res,
  UseFilters,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { callerOfRequest, type Authenticate } from '@carechain/service-runtime';
import { PatientRecords } from '../patient-records/patient-records';
import {
  capabilityStatement,
  carePlanResource,
  medicineListResource,
  patientResource,
  searchset,
  versionOf,
} from './fhir-resources';
import { FHIR_JSON, OperationOutcomesFilter } from './operation-outcomes.filter';
import { checkedId, checkedVersion, checkListCode, patientSearched } from './search-parameters';

export const FHIR_AUTHENTICATE = Symbol('FhirAuthenticate');

type Query = Record<string, unknown>;

const baseOf = (req: Request) => `${req.protocol}://${req.get('host')}/fhir/R4`;
const selfOf = (req: Request) => `${req.protocol}://${req.get('host')}${req.originalUrl}`;

/** A resource with its version as ETag and Last-Modified, so clients can cache and compare. */
function versioned<T extends { meta: { versionId: string; lastUpdated: string } }>(
  res: Response,
  resource: T,
) {
  res.setHeader('etag', versionOf(resource));
  res.setHeader('last-modified', new Date(resource.meta.lastUpdated).toUTCString());
  return resource;
}

const notFound = (what: string) => new NotFoundException(`${what} is not known`);

/**
 * The read-only FHIR R4 face of the shared care plan and medicine list, for care links whose
 * systems speak FHIR. Thin: who asks is the gateway's sign-in, what they may see the patient-records
 * door decides (and audits), as for GraphQL.
 */
@Controller('fhir/R4')
@UseFilters(OperationOutcomesFilter)
export class FhirApiController {
  constructor(
    @Inject(FHIR_AUTHENTICATE) private readonly authenticate: Authenticate,
    private readonly records: PatientRecords,
  ) {}

  @Get('metadata')
  @Header('content-type', FHIR_JSON)
  metadata(@Req() req: Request) {
    return capabilityStatement(baseOf(req));
  }

  @Get('CarePlan')
  @Header('content-type', FHIR_JSON)
  async searchCarePlans(@Req() req: Request, @Query() query: Query) {
    const caller = await callerOfRequest(this.authenticate, req);
    const patientId = patientSearched(query, []);
    const plan = await this.records.carePlan(caller, patientId, null, 'fhir search CarePlan');
    return searchset(baseOf(req), selfOf(req), plan ? [carePlanResource(patientId, plan)] : []);
  }

  @Get('CarePlan/:id')
  @Header('content-type', FHIR_JSON)
  readCarePlan(@Req() req: Request, @Res({ passthrough: true }) res: Response, @Param('id') id: string) {
    return this.carePlanVersion(req, res, id, null);
  }

  @Get('CarePlan/:id/_history/:vid')
  @Header('content-type', FHIR_JSON)
  readCarePlanVersion(
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
    @Param('id') id: string,
    @Param('vid') vid: string,
  ) {
    return this.carePlanVersion(req, res, id, vid);
  }

  @Get('List')
  @Header('content-type', FHIR_JSON)
  async searchLists(@Req() req: Request, @Query() query: Query) {
    const caller = await callerOfRequest(this.authenticate, req);
    const patientId = patientSearched(query, ['code']);
    checkListCode(query);
    const list = await this.records.medicineList(caller, patientId, 'fhir search List');
    return searchset(baseOf(req), selfOf(req), list ? [medicineListResource(list)] : []);
  }

  @Get('List/:id')
  @Header('content-type', FHIR_JSON)
  async readList(@Req() req: Request, @Res({ passthrough: true }) res: Response, @Param('id') id: string) {
    const caller = await callerOfRequest(this.authenticate, req);
    checkedId('id', id, true);
    const list = await this.records.medicineList(caller, id, 'fhir read List');
    if (!list) throw notFound(`List/${id}`);
    return versioned(res, medicineListResource(list));
  }

  @Get('Patient/:id')
  @Header('content-type', FHIR_JSON)
  async readPatient(@Req() req: Request, @Param('id') id: string) {
    const caller = await callerOfRequest(this.authenticate, req);
    checkedId('id', id, true);
    if (!(await this.records.patientKnown(caller, id, 'fhir read Patient'))) throw notFound(`Patient/${id}`);
    return patientResource(id);
  }

  @All('*path')
  unsupported(@Req() req: Request): never {
    throw new NotFoundException(
      `${req.method} ${req.path}: this server reads CarePlan, List and Patient and searches CarePlan and List by patient; see /fhir/R4/metadata`,
    );
  }

  /** One version of a care plan (the current one for a plain read), under the plan's id. */
  private async carePlanVersion(req: Request, res: Response, id: string, vid: string | null) {
    const caller = await callerOfRequest(this.authenticate, req);
    checkedId('id', id);
    const version = vid === null ? null : checkedVersion(vid);
    const action = vid === null ? 'fhir read CarePlan' : 'fhir vread CarePlan';
    const found = await this.records.carePlanById(caller, id, version, action);
    if (!found) throw notFound(`CarePlan/${id}`);
    return versioned(res, carePlanResource(found.patientId, found.plan));
  }
}
