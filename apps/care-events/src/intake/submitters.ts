import { careLinkIdSchema } from '@carechain/contracts';
import type { Submitter } from '@carechain/domain';
import { z } from 'zod';

/** The care links a channel without personal tokens speaks for; '*' (every link) only on a closed test network. */
const careLinkList = (name: string) =>
  z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((link) => link.trim())
        .filter(Boolean),
    )
    .pipe(
      z.union([
        z.tuple([z.literal('*')]).transform(() => 'every care link' as const),
        z.array(careLinkIdSchema, { error: `${name} must be a comma-separated list of care link ids` }),
      ]),
    );

const integratorLinks = z
  .string()
  .default('{}')
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'INTAKE_INTEGRATOR_CARE_LINKS must be JSON' });
      return z.NEVER;
    }
  })
  .pipe(
    z.record(z.string().min(1), z.array(careLinkIdSchema).min(1, 'name at least one care link'), {
      error:
        'INTAKE_INTEGRATOR_CARE_LINKS must map each integrator (its token subject) to the care links it speaks for, e.g. {"ryhov-ehr":["ryhov-akm","ryhov-med-3"]}',
    }),
  );

/** Who speaks for which care links on the intake; checked at start-up (README: intake permissions). */
export const submitterSettings = {
  /** Integrator clients (token `sub`) and the care links each connection speaks for. */
  INTAKE_INTEGRATOR_CARE_LINKS: integratorLinks,
  /**
   * The care links that submitters known only by the network speak for: producers on
   * care.commands.v1 (the topic's write permission decides who they are), and HTTP callers when
   * INTAKE_AUTH_MODE=none.
   */
  INTAKE_NETWORK_CARE_LINKS: careLinkList('INTAKE_NETWORK_CARE_LINKS'),
};

export interface SubmitterConfiguration {
  integrators: Record<string, string[]>;
  network: string[] | 'every care link';
}
export const SUBMITTER_CONFIGURATION = Symbol('SubmitterConfiguration');

export const commandTopicSubmitter = (config: SubmitterConfiguration): Submitter => ({
  kind: 'connection',
  name: 'care.commands.v1 (INTAKE_NETWORK_CARE_LINKS)',
  careLinkIds: config.network,
});

export const openIntakeSubmitter = (config: SubmitterConfiguration): Submitter => ({
  kind: 'connection',
  name: 'the intake without tokens (INTAKE_NETWORK_CARE_LINKS)',
  careLinkIds: config.network,
});

export const integratorSubmitter = (config: SubmitterConfiguration, subject: string): Submitter => ({
  kind: 'connection',
  name: `integrator ${subject} (INTAKE_INTEGRATOR_CARE_LINKS)`,
  careLinkIds: config.integrators[subject] ?? [],
});
