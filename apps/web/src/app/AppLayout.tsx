import { AppShell, Box, Burger, Button, Center, Divider, Group, NavLink, Progress, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { ROLE_LABELS, ROLES, type Role } from '@rollout/domain';
import { IconCalendarCheck, IconChartBar, IconHistory, IconLayoutDashboard, IconLogout, IconSitemap, IconTargetArrow, IconUsers } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link, Navigate, Outlet, useLocation, useNavigation } from 'react-router';
import { useMe } from '../features/auth/hooks/useMe';
import { UserMenu } from '../features/auth/components/UserMenu';
import { NotificationBell } from '../features/notifications/components/NotificationBell';
import { useSignOut } from '../features/auth/hooks/useSignOut';
import { BrandMark } from '../shared/components/BrandMark';
import { FullPageLoader } from '../shared/components/FullPageLoader';
import { QueryErrorAlert } from '../shared/components/QueryErrorAlert';
import { hasApiErrorCode } from '../shared/lib/api-errors';
import { CurrentUserProvider, type CurrentUser } from '../shared/session/current-user';
import classes from './AppLayout.module.css';
import { ColorSchemeMenu } from './ColorSchemeMenu';

const NAV_ITEMS = [
  { to: '/portfolio', label: 'Portfolio', icon: IconLayoutDashboard },
  { to: '/programs', label: 'Programs', icon: IconTargetArrow },
  { to: '/units', label: 'Units', icon: IconSitemap },
  { to: '/metrics', label: 'Metric catalog', icon: IconChartBar },
] as const;

// Weekly pilot check-ins: for everyone who may report a unit (executives only read).
const CHECK_IN_NAV_ITEM = { to: '/this-week', label: 'This week', icon: IconCalendarCheck } as const;

const ADMIN_NAV_ITEMS = [
  { to: '/admin/users', label: 'Users', icon: IconUsers },
  { to: '/admin/audit-log', label: 'Audit log', icon: IconHistory },
] as const;

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** The signed-in part of the app: resolves `me`, then renders the shell around the page. */
export function AppLayout() {
  const { data, error, refetch } = useMe();
  const location = useLocation();

  if (error) {
    if (hasApiErrorCode(error, 'UNAUTHENTICATED')) {
      const next = `${location.pathname}${location.search}`;
      return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
    }
    return (
      <Center h="100vh" p="md">
        <Box maw={520} w="100%">
          <QueryErrorAlert error={error} title="Could not load your account" onRetry={() => void refetch()} />
        </Box>
      </Center>
    );
  }
  if (!data) return <FullPageLoader />;

  const me = data.me;
  const user: CurrentUser = {
    id: me.id,
    name: me.name,
    email: me.email,
    role: isRole(me.role) ? me.role : 'executive',
    unitIds: me.units.map((unit) => unit.id),
  };
  const unitNames = me.units.map((unit) => unit.name);

  return (
    <CurrentUserProvider user={user}>
      <AppFrame user={user} unitNames={unitNames}>
        <Outlet />
      </AppFrame>
    </CurrentUserProvider>
  );
}

interface AppFrameProps {
  user: CurrentUser;
  unitNames: readonly string[];
  children: ReactNode;
}

function AppFrame({ user, unitNames, children }: AppFrameProps) {
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
  const navigation = useNavigation();
  const [signOut, { loading: signingOut }] = useSignOut();

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={0}
    >
      {/* First focusable element: keyboard users jump past the header and navigation. */}
      <a
        href="#main-content"
        className={classes.skipLink}
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('main-content')?.focus();
        }}
      >
        Skip to content
      </a>
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            {/* The text colour of the scheme: the default lines were nearly invisible on the dark header. */}
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" color="var(--mantine-color-text)" aria-label="Toggle navigation" />
            <Link to="/" style={{ textDecoration: 'none', color: 'inherit' }} aria-label="Rollout home">
              <BrandMark />
            </Link>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <ColorSchemeMenu />
            <NotificationBell />
            <UserMenu user={user} />
            <Divider orientation="vertical" visibleFrom="sm" />
            {/* On a phone the words do not fit beside the menus: the icon alone, named by aria-label either way. */}
            <Button variant="subtle" color="gray" size="sm" px="xs" aria-label="Sign out" loading={signingOut} onClick={() => void signOut()}>
              <IconLogout size={16} />
              <Box component="span" ml={6} visibleFrom="sm">
                Sign out
              </Box>
            </Button>
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm">
        <AppShell.Section grow component="nav" aria-label="Main">
          <Stack gap={4}>
            {[
              ...NAV_ITEMS.slice(0, 1),
              ...(user.role === 'executive' ? [] : [CHECK_IN_NAV_ITEM]),
              ...NAV_ITEMS.slice(1),
              ...(user.role === 'admin' ? ADMIN_NAV_ITEMS : []),
            ].map((item) => (
              <NavLink
                key={item.to}
                component={Link}
                to={item.to}
                label={item.label}
                leftSection={<item.icon size={18} stroke={1.7} />}
                active={location.pathname === item.to || location.pathname.startsWith(`${item.to}/`)}
                onClick={close}
                styles={{ root: { borderRadius: 'var(--mantine-radius-md)' }, label: { fontWeight: 500 } }}
              />
            ))}
          </Stack>
        </AppShell.Section>
        <AppShell.Section>
          <Divider mb="sm" />
          <Text size="xs" c="dimmed" px="xs">
            {ROLE_LABELS[user.role]}
            {unitNames.length > 0 ? ` · ${unitNames.join(', ')}` : ''}
          </Text>
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main id="main-content" tabIndex={-1} className={classes.main}>
        {navigation.state === 'loading' && (
          <Progress value={100} animated size={3} radius={0} className={classes.progress} aria-label="Loading page" />
        )}
        <Box className={classes.content}>{children}</Box>
      </AppShell.Main>
    </AppShell>
  );
}
