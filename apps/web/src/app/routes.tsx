import type { RouteObject } from 'react-router';
import { FullPageLoader } from '../shared/components/FullPageLoader';
import { HomeRedirect } from './HomeRedirect';
import { NotFoundPage } from './NotFoundPage';
import { RouteErrorPage } from './RouteErrorPage';

// Pages and the signed-in shell are code-split so the first load stays small.
export const appRoutes: RouteObject[] = [
  {
    path: '/sign-in',
    lazy: async () => ({ Component: (await import('../features/auth/pages/SignInPage')).SignInPage }),
    errorElement: <RouteErrorPage />,
    HydrateFallback: FullPageLoader,
  },
  {
    path: '/',
    // The signed-in shell (header menus, navigation, the account query) is a chunk of its own: the
    // sign-in page does not need it, and for a signed-in reader it loads beside the page's chunk.
    lazy: async () => ({ Component: (await import('./AppLayout')).AppLayout }),
    errorElement: <RouteErrorPage />,
    HydrateFallback: FullPageLoader,
    children: [
      { index: true, element: <HomeRedirect /> },
      {
        path: 'portfolio',
        lazy: async () => ({ Component: (await import('../features/portfolio/pages/PortfolioPage')).PortfolioPage }),
      },
      {
        path: 'programs',
        lazy: async () => ({ Component: (await import('../features/programs/pages/ProgramsPage')).ProgramsPage }),
      },
      {
        path: 'programs/new',
        lazy: async () => ({ Component: (await import('../features/programs/pages/NewProgramPage')).NewProgramPage }),
      },
      {
        path: 'programs/:programId',
        lazy: async () => ({ Component: (await import('../features/programs/pages/ProgramPage')).ProgramPage }),
      },
      {
        path: 'programs/:programId/edit',
        lazy: async () => ({ Component: (await import('../features/programs/pages/EditProgramPage')).EditProgramPage }),
      },
      {
        path: 'programs/:programId/target-model',
        lazy: async () => ({ Component: (await import('../features/target-model/pages/TargetModelPage')).TargetModelPage }),
      },
      {
        path: 'programs/:programId/meetings/:meetingId',
        lazy: async () => ({ Component: (await import('../features/governance/pages/MeetingPage')).MeetingPage }),
      },
      {
        path: 'pilots/:pilotId',
        lazy: async () => ({ Component: (await import('../features/pilots/pages/PilotPage')).PilotPage }),
      },
      {
        path: 'this-week',
        lazy: async () => ({ Component: (await import('../features/check-ins/pages/ThisWeekPage')).ThisWeekPage }),
      },
      {
        path: 'pilots/:pilotId/gate',
        lazy: async () => ({ Component: (await import('../features/decisions/pages/GateReviewPage')).GateReviewPage }),
      },
      {
        path: 'units',
        lazy: async () => ({ Component: (await import('../features/units/pages/UnitsPage')).UnitsPage }),
      },
      {
        path: 'metrics',
        lazy: async () => ({ Component: (await import('../features/metrics/pages/MetricCatalogPage')).MetricCatalogPage }),
      },
      {
        path: 'admin/users',
        lazy: async () => ({ Component: (await import('../features/users/pages/UsersPage')).UsersPage }),
      },
      {
        path: 'admin/audit-log',
        lazy: async () => ({ Component: (await import('../features/history/pages/AuditLogPage')).AuditLogPage }),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
