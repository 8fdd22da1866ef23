import { roles } from '@carechain/domain';
import { mayOpen, startPageOf, workspaces } from './workspaces';

describe('each role opens the app on its own start page and sees only its tabs', () => {
  it('lands a coach on the unnecessary-days dashboard, with improvement work beside it', () => {
    expect(startPageOf('coach')).toBe('/unnecessary-days');
    expect(workspaces.coach.tabs).toEqual([
      'dashboard',
      'improvement',
      'breakdowns',
      'meetings',
      'qualityTime',
    ]);
    expect(mayOpen('coach', '/improvement/projects/p-1')).toBe(true);
    expect(mayOpen('coach', '/patients/demo-2mm')).toBe(false);
  });

  it('lands ward and home-care staff on the coordination overview, with the inbox and patients', () => {
    for (const role of ['hospital-staff', 'municipal-staff', 'care-staff', 'primary-care-staff'] as const) {
      expect(startPageOf(role)).toBe('/overview');
      expect(mayOpen(role, '/inbox/package-1')).toBe(true);
      expect(mayOpen(role, '/unnecessary-days')).toBe(false);
    }
  });

  it('gives integrators, the complaints line and coordinators their own page first', () => {
    expect(startPageOf('integrator')).toBe('/integrators');
    expect(startPageOf('complaints-handler')).toBe('/complaints');
    expect(startPageOf('coordinator')).toBe('/directory');
    expect(mayOpen('integrator', '/inbox')).toBe(false);
  });

  it('starts every role on a page it may open', () => {
    for (const role of roles) expect(mayOpen(role, startPageOf(role))).toBe(true);
  });

  it('does not take a page whose address only begins like a tab for that tab', () => {
    expect(mayOpen('municipal-staff', '/inboxes')).toBe(false);
  });
});
