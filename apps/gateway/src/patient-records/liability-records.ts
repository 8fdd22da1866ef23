import { Injectable } from '@nestjs/common';
import {
  invoiceReadRefusal,
  stayRecordFromJson,
  type LiableStay,
  type OrganisationKind,
} from '@carechain/domain';
import { InjectPrisma, type PrismaClient } from '@carechain/persistence';
import type { Caller } from '../access/caller';
import { forbidden } from '../client-errors';
import { RecordAccess } from './record-access';

/**
 * The stays behind a municipality's payment-liability invoice, read through the permission table
 * and audited per patient like every other read of patient data.
 */
@Injectable()
export class LiabilityRecords {
  constructor(
    @InjectPrisma() private readonly prisma: PrismaClient,
    private readonly access: RecordAccess,
  ) {}

  /**
   * The stays going to the municipality's care links that were in hospital during the month
   * (`YYYY-MM`). The municipality a stay goes to is the organisation of its receiving care link.
   */
  async stays(caller: Caller, municipalityId: string, month: string): Promise<LiableStay[]> {
    this.access.requireRole(caller, 'liabilityInvoice.read');
    const reader = await this.prisma.careLink.findUnique({
      where: { careLinkId: caller.careLinkId },
      select: { organisation: { select: { organisationId: true, kind: true } } },
    });
    const refusal = invoiceReadRefusal(
      reader && { ...reader.organisation, kind: reader.organisation.kind as OrganisationKind },
      municipalityId,
    );
    if (refusal) throw forbidden(refusal);
    const first = `${month}-01`;
    const rows = await this.prisma.$queryRaw<{ patient_id: string; facts: unknown }[]>`
      SELECT s.patient_id, s.facts
      FROM stay s JOIN care_link l ON l.care_link_id = s.receiving_care_link_id
      WHERE l.organisation_id = ${municipalityId}
        AND s.admitted_on < (${first}::date + interval '1 month')
        AND (s.discharged_on IS NULL OR s.discharged_on >= ${first}::date)
      ORDER BY s.patient_id, s.stay_id`;
    const shown = await this.access.shown(
      caller,
      'liabilityInvoice.read',
      rows.map((row) => row.patient_id),
      'read municipalLiabilityInvoice',
    );
    return rows
      .filter((row) => shown.has(row.patient_id))
      .map((row) => ({ patientId: row.patient_id, facts: stayRecordFromJson(row.facts).facts }));
  }
}
