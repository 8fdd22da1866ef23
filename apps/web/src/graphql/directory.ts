import { useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from './generated';

export const DIRECTORY_QUERY = graphql(`
  query Directory {
    careLinks {
      careLinkId
      name
      kind
      organisationId
      hospital
    }
    organisations {
      organisationId
      name
    }
  }
`);

// Wards carry their hospital: several hospitals have a ward of the same name.
export const careLinkTitle = (l: { name: string; hospital?: string | null }) =>
  l.hospital ? `${l.name}, ${l.hospital}` : l.name;

/** Names for the ids the read models hold; an id missing from the directory is shown as it is. */
export function useDirectory() {
  const [{ data }] = useQuery({ query: DIRECTORY_QUERY });
  return useMemo(() => {
    const links = new Map((data?.careLinks ?? []).map((l) => [l.careLinkId, careLinkTitle(l)]));
    const organisations = new Map((data?.organisations ?? []).map((o) => [o.organisationId, o.name]));
    return {
      loaded: data !== undefined,
      careLink: (id: string | null | undefined) => (id ? (links.get(id) ?? id) : ''),
      /** For text: the link's name, or `unknown` with its id when the directory does not hold it. */
      careLinkText: (id: string, unknown: string) => links.get(id) ?? `${unknown} (${id})`,
      /** The link's name, or undefined when the directory does not hold it. */
      careLinkName: (id: string) => links.get(id),
      organisation: (id: string) =>
        organisations.get(id) ?? organisations.get(id.replace(/^unregistered:/, '')) ?? id,
    };
  }, [data]);
}
