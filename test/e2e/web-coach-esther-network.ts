import {
  estherNetworkDirectory,
  estherNetworkEvents,
  eventually,
  publishedFigures,
  type DemoEvent,
} from '@carechain/testing';
import type { RunningPlatform } from './running-platform';

const YEARLY =
  '{ unnecessaryDays(filter: { from: "1998-01-01", to: "2011-12-31" }, granularity: YEAR) { series { period value } } }';

/**
 * Region Jönköping's directory and the demo network's delayed stays, 1998 to 2011: a few thousand
 * events carrying all its unnecessary days, not 320,000. Months without a delayed stay hold no data.
 */
export async function loadEstherDelayedStays(platform: RunningPlatform): Promise<void> {
  const gql = async <T>(query: string, variables: object = {}, roles?: string) => {
    const { data, errors } = await platform.graphql<T>(query, variables, 'esther-coach', roles);
    if (errors) throw new Error(errors.map((e) => e.message).join('; '));
    return data!;
  };
  for (const input of estherNetworkDirectory.organisations) {
    await gql(
      'mutation($input: OrganisationInput!) { saveOrganisation(input: $input) { organisationId } }',
      { input },
      'coordinator',
    );
  }
  for (const input of estherNetworkDirectory.careLinks) {
    await gql(
      'mutation($input: CareLinkInput!) { saveCareLink(input: $input) { careLinkId } }',
      { input },
      'coordinator',
    );
  }
  const events = [...estherNetworkEvents('esther', undefined, { onlyDelayedStays: true })];
  for (let i = 0; i < events.length; i += 1000) {
    const res = await fetch(`${platform.services['care-events'].url}/care-events/batch`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ events: events.slice(i, i + 1000) satisfies DemoEvent[] }),
    });
    expect([res.status, res.status === 200 ? '' : await res.text()]).toEqual([200, '']);
  }
  await eventually(
    async () => {
      const { series } = (
        await gql<{ unnecessaryDays: { series: { period: string; value: number }[] } }>(YEARLY)
      ).unnecessaryDays;
      const year = (y: number) => series.find((p) => p.period.startsWith(String(y)))?.value;
      return year(1999) === publishedFigures.unnecessaryDays[1999] &&
        year(2011) === publishedFigures.unnecessaryDays[2011]
        ? true
        : undefined;
    },
    'the delayed stays projected',
    180_000,
  );
}
