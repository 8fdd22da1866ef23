import type { Role } from '@carechain/domain';

/** The app's pages a role can be given, by their address. */
export const tabPaths = {
  overview: '/overview',
  inbox: '/inbox',
  patients: '/patients',
  dashboard: '/unnecessary-days',
  improvement: '/improvement',
  integrators: '/integrators',
  complaints: '/complaints',
  directory: '/directory',
  breakdowns: '/breakdowns',
  meetings: '/meetings',
  qualityTime: '/quality-time',
  planning: '/discharge-planning',
} as const;
export type Tab = keyof typeof tabPaths;

export interface Workspace {
  start: Tab;
  tabs: readonly Tab[];
}

// Unit staff also report breakdowns, record Quality Time, answer complaints about their unit and submit ideas.
const staff: Workspace = {
  start: 'overview',
  tabs: [
    'overview',
    'inbox',
    'patients',
    'planning',
    'breakdowns',
    'qualityTime',
    'complaints',
    'improvement',
  ],
};

/**
 * What each role opens the app on and the tabs it may use: staff coordinate patients, coaches work
 * from aggregates, integrators on the contract, the complaints line on complaints, coordinators on
 * the directory. One table, so the navigation and the start page never disagree.
 */
export const workspaces: Record<Role, Workspace> = {
  'care-staff': staff,
  'hospital-staff': staff,
  'municipal-staff': staff,
  'primary-care-staff': staff,
  coach: { start: 'dashboard', tabs: ['dashboard', 'improvement', 'breakdowns', 'meetings', 'qualityTime'] },
  coordinator: {
    start: 'directory',
    tabs: ['directory', 'dashboard', 'improvement', 'meetings', 'integrators'],
  },
  integrator: { start: 'integrators', tabs: ['integrators'] },
  'complaints-handler': { start: 'complaints', tabs: ['complaints'] },
};

export const startPageOf = (role: Role): string => tabPaths[workspaces[role].start];

/** Whether a page belongs to one of the role's tabs (its sub-pages included). */
export function mayOpen(role: Role, pathname: string): boolean {
  return workspaces[role].tabs.some((tab) => {
    const path = tabPaths[tab];
    return pathname === path || pathname.startsWith(`${path}/`);
  });
}
