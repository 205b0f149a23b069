import { Anchor, Box, Breadcrumbs, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

export interface PageHeaderCrumb {
  label: string;
  to: string;
}

export interface PageHeaderProps {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  crumbs?: readonly PageHeaderCrumb[];
  /** Rendered beside the title, e.g. a status badge. */
  badges?: ReactNode;
}

export function PageHeader({ title, description, actions, crumbs, badges }: PageHeaderProps) {
  useDocumentTitle(typeof title === 'string' ? `${title} · Rollout` : 'Rollout');
  return (
    <Stack gap="xs" mb="lg">
      {crumbs && crumbs.length > 0 && (
        <Breadcrumbs separatorMargin={6} fz="sm">
          {crumbs.map((crumb) => (
            <Anchor key={crumb.to} component={Link} to={crumb.to} c="dimmed" fz="sm">
              {crumb.label}
            </Anchor>
          ))}
        </Breadcrumbs>
      )}
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
        <Box miw={0} style={{ flex: '1 1 320px' }}>
          <Group gap="sm" align="center">
            <Title order={1} fz={26} fw={650} lh={1.25}>
              {title}
            </Title>
            {badges}
          </Group>
          {description && (
            <Text c="dimmed" mt={4} maw={720}>
              {description}
            </Text>
          )}
        </Box>
        {actions && (
          <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
            {actions}
          </Group>
        )}
      </Group>
    </Stack>
  );
}
