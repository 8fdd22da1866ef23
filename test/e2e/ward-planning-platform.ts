import type { Browser } from 'playwright-core';
import { RunningPlatform } from './running-platform';
import { launchChromium } from './web-browser';

export const WARD = 'ryhov-med-3';
/** How the ward is chosen at the Swedish sign-in. */
export const WARD_LABEL = 'Medicin 3 (Länssjukhuset Ryhov)';

/**
 * Chromium and the core services, the gateway working through discharge planning every 300 ms,
 * with the ward in the directory: what a test of the ward's planning list starts from.
 */
export async function startWardPlanning(): Promise<{ browser: Browser; platform: RunningPlatform }> {
  const [browser, platform] = await Promise.all([
    launchChromium(),
    RunningPlatform.start({
      gateway: { DISCHARGE_PLANNING_INTERVAL_MS: '300', DISCHARGE_PLANNING_SETTLE_MS: '300' },
    }),
  ]);
  await platform.saveDirectory(
    [{ organisationId: 'region-jonkoping', name: 'Region Jönköpings län', kind: 'region' }],
    [
      {
        careLinkId: WARD,
        name: 'Medicin 3',
        kind: 'hospital-ward',
        organisationId: 'region-jonkoping',
        hospital: 'Länssjukhuset Ryhov',
      },
    ],
  );
  return { browser, platform };
}
