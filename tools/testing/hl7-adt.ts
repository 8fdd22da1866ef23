import { join } from 'node:path';
import { Hl7Message } from '@medplum/core';
import type { Hl7Client } from '@medplum/hl7';
import { workspaceRoot } from '../platform/paths';

/** The demo network's ADT mapping, as `npm start` uses it. */
export const ADT_MAPPING_FILE = join(
  workspaceRoot,
  'apps',
  'hl7-listener',
  'esther-network.adt-mapping.json',
);

export interface AdtParts {
  trigger: 'A01' | 'A02' | 'A03' | 'A04' | 'A08' | 'A11' | 'A12' | 'A13' | 'A21' | 'A22';
  controlId: string;
  patientId: string;
  stayId: string;
  /** PV1-3 ward code. */
  ward: string;
  /** PV1-6 ward code: where a transfer came from, or where a cancelled transfer went. */
  priorWard?: string;
  /** EVN-6 (and EVN-2) as an HL7 date-time, e.g. 202611160740 (Swedish local time). */
  at: string;
  sendingApplication?: string;
  /** PID-5, family^given; Esther Svensson unless given. */
  name?: string;
  /** The personal identity number PID-3 repeats beside the pseudonymous id. */
  personalIdentityNumber?: string;
}

const fields = (name: string, values: Record<number, string>) => {
  const last = Math.max(...Object.keys(values).map(Number));
  return [name, ...Array.from({ length: last }, (_, i) => values[i + 1] ?? '')].join('|');
};

/** An ADT message shaped as hospital EHRs send them: PID-3 repeats a personal number beside the pseudonymous id. */
export function adtMessage(parts: AdtParts): string {
  const { trigger, at } = parts;
  const discharge: Record<number, string> = trigger === 'A03' ? { 36: '06', 37: 'HTSYD', 45: at } : {};
  return [
    `MSH|^~\\&|${parts.sendingApplication ?? 'COSMIC'}|RYHOV|CARECHAIN|ESTHER|${at}||ADT^${trigger}|${parts.controlId}|P|2.5.1|||||SWE`,
    fields('EVN', { 1: trigger, 2: at, 6: at }),
    fields('PID', {
      1: '1',
      3: `${parts.personalIdentityNumber ?? '19381123-1234'}^^^SKV^NNSWE~${parts.patientId}^^^ESTHER^PI`,
      5: parts.name ?? 'Svensson^Esther',
      7: '19381123',
      8: 'F',
    }),
    fields('PV1', {
      1: '1',
      2: 'I',
      3: `${parts.ward}^^^RYHOV`,
      4: 'E',
      6: parts.priorWard ? `${parts.priorWard}^^^RYHOV` : '',
      19: `${parts.stayId}^^^RYHOV^VN`,
      ...discharge,
    }),
    'ZCC|1|carechain-test',
  ].join('\r');
}

/** Sends one message and resolves with its ACK; rejects if the connection closes first. */
export function sendAdt(client: Hl7Client, text: string): Promise<Hl7Message> {
  return new Promise((resolve, reject) => {
    const closed = () => reject(new Error('the connection closed before the ACK came'));
    client.addEventListener('close', closed);
    client
      .sendAndWait(Hl7Message.parse(text))
      .then(resolve, reject)
      .finally(() => client.removeEventListener('close', closed));
  });
}

/** MSA-1, the acknowledgement code, and MSA-3, the reason, of an ACK. */
export const ackOf = (ack: Hl7Message) => ({
  code: ack.getSegment('MSA')?.getField(1)?.toString(),
  controlId: ack.getSegment('MSA')?.getField(2)?.toString(),
  text: ack.getSegment('MSA')?.getField(3)?.toString(),
});
