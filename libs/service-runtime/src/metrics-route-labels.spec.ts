import { routeLabel } from './metrics';

describe('HTTP timings are labelled by route pattern, never by the concrete path', () => {
  it('uses the pattern a controller route matched, not the ids in the path', () => {
    expect(routeLabel({ route: { path: '/connections/:id/sync' }, baseUrl: '' })).toBe(
      '/connections/:id/sync',
    );
  });

  it('leaves out a trailing catch-all, as the GraphQL route has', () => {
    expect(routeLabel({ route: { path: '/graphql/{*path}' }, baseUrl: '' })).toBe('/graphql');
    expect(routeLabel({ route: { path: '/{*path}' }, baseUrl: '' })).toBe('/');
  });

  it('uses the mount path of a middleware that answered (GraphQL)', () => {
    expect(routeLabel({ route: undefined, baseUrl: '/graphql' })).toBe('/graphql');
  });

  it('puts everything unmatched (404s, static files) under one label', () => {
    expect(routeLabel({ route: undefined, baseUrl: '' })).toBe('other');
  });
});
