import { ActionIcon, Badge, Box, Code, Collapse, Group, Highlight, Menu, Text, UnstyledButton } from '@mantine/core';
import { UNIT_KINDS, type UnitKind, type UnitNode } from '@rollout/domain';
import { IconArchive, IconArchiveOff, IconChevronRight, IconDots, IconPencil, IconPlus } from '@tabler/icons-react';
import { UnitStageBadge } from '../../../shared/components/UnitStageBadge';
import type { UnitItem } from '../hooks/useUnits';
import { UnitKindBadge } from './UnitKindBadge';
import classes from './UnitTree.module.css';

export type UnitTreeNode = UnitNode<UnitItem & { parentId: string | null }>;

export interface UnitTreeActions {
  onAddChild: (parent: UnitItem) => void;
  onEdit: (unit: UnitItem) => void;
  onArchive: (unit: UnitItem) => void;
  onRestore: (unit: UnitItem) => void;
}

export interface UnitTreeProps {
  nodes: readonly UnitTreeNode[];
  expanded: ReadonlySet<string>;
  onToggle: (id: string) => void;
  /** Text to highlight in names and codes. */
  highlight?: string;
  /** Row actions; omitted for people who cannot change units. */
  actions?: UnitTreeActions;
}

const KIND_SECTION_LABELS: Record<UnitKind, string> = {
  region: 'Regions',
  sub_region: 'Sub-regions',
  country: 'Countries',
  business_unit: 'Business units',
  segment: 'Segments',
};

/** Top-level units by kind (regions first), so a mixed root list reads as sections. */
function sectionsOf(nodes: readonly UnitTreeNode[]) {
  return UNIT_KINDS.map((kind) => ({ kind, nodes: nodes.filter((node) => node.unit.kind === kind) })).filter(
    (section) => section.nodes.length > 0,
  );
}

export function UnitTree({ nodes, expanded, onToggle, highlight = '', actions }: UnitTreeProps) {
  const sections = sectionsOf(nodes);
  return (
    // Nested lists with disclosure buttons: a role="tree" would promise arrow-key navigation, and its
    // items would be named by the whole row (code, kind, sub-units, buttons) rather than the unit.
    <Box component="section" aria-label="Organization units" className={classes.tree}>
      {sections.map((section) => (
        <div key={section.kind}>
          {sections.length > 1 && (
            <Text className={classes.section} size="xs" fw={600} c="dimmed" tt="uppercase" aria-hidden>
              {KIND_SECTION_LABELS[section.kind]}
            </Text>
          )}
          <ul className={classes.list} aria-label={KIND_SECTION_LABELS[section.kind]}>
          {section.nodes.map((node) => (
            <UnitTreeRow
              key={node.unit.id}
              node={node}
              depth={0}
              expanded={expanded}
              onToggle={onToggle}
              highlight={highlight}
              actions={actions}
            />
          ))}
          </ul>
        </div>
      ))}
    </Box>
  );
}

interface UnitTreeRowProps {
  node: UnitTreeNode;
  depth: number;
  expanded: ReadonlySet<string>;
  onToggle: (id: string) => void;
  highlight: string;
  actions: UnitTreeActions | undefined;
}

function UnitTreeRow({ node, depth, expanded, onToggle, highlight, actions }: UnitTreeRowProps) {
  const { unit, children } = node;
  const hasChildren = children.length > 0;
  const open = hasChildren && expanded.has(unit.id);

  return (
    <li className={classes.item} aria-level={depth + 1} aria-label={unit.name} data-testid="unit-row">
      <Group
        gap="sm"
        wrap="nowrap"
        className={classes.row}
        data-archived={unit.archived || undefined}
        style={{ paddingLeft: `calc(${depth} * 28px + var(--mantine-spacing-xs))` }}
      >
        {hasChildren ? (
          <UnstyledButton
            className={classes.toggle}
            data-open={open || undefined}
            onClick={() => onToggle(unit.id)}
            aria-expanded={open}
            aria-label={open ? `Collapse ${unit.name}` : `Expand ${unit.name}`}
          >
            <IconChevronRight size={16} />
          </UnstyledButton>
        ) : (
          <span className={classes.toggleSpacer} />
        )}
        {/* On a narrow screen the code and badges move under the name instead of squeezing it mid-word. */}
        <Group gap="sm" wrap="wrap" className={classes.main}>
          <Highlight highlight={highlight} size="sm" fw={depth === 0 ? 600 : 500} className={classes.name}>
            {unit.name}
          </Highlight>
          <Code className={classes.code}>
            <Highlight component="span" highlight={highlight} inherit>
              {unit.code}
            </Highlight>
          </Code>
          <UnitKindBadge kind={unit.kind} />
          {unit.archived && (
            <Badge size="sm" color="gray" variant="filled">
              Archived
            </Badge>
          )}
          {unit.rollouts.map((rollout) => (
            <Group key={rollout.id} gap={4} wrap="nowrap" data-testid="unit-rollout" data-program={rollout.program.name}>
              <Text size="xs" c="dimmed">
                {rollout.program.name}:
              </Text>
              <UnitStageBadge stage={rollout.stage} size="sm" />
              {rollout.blocked && (
                <Badge size="sm" color="red" variant="filled">
                  Blocked
                </Badge>
              )}
            </Group>
          ))}
          {hasChildren && !open && (
            <Text size="xs" c="dimmed">
              {children.length} sub-{children.length === 1 ? 'unit' : 'units'}
            </Text>
          )}
        </Group>
        {actions && (
          <Menu position="bottom-end" withinPortal shadow="md">
            <Menu.Target>
              <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${unit.name}`}>
                <IconDots size={16} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              {!unit.archived && (
                <Menu.Item leftSection={<IconPlus size={14} />} onClick={() => actions.onAddChild(unit)}>
                  Add sub-unit
                </Menu.Item>
              )}
              <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => actions.onEdit(unit)}>
                Edit
              </Menu.Item>
              {unit.archived ? (
                <Menu.Item leftSection={<IconArchiveOff size={14} />} onClick={() => actions.onRestore(unit)}>
                  Restore
                </Menu.Item>
              ) : (
                <Menu.Item color="red" leftSection={<IconArchive size={14} />} onClick={() => actions.onArchive(unit)}>
                  Archive
                </Menu.Item>
              )}
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
      {hasChildren && (
        <Collapse expanded={open} keepMounted={false} transitionDuration={150}>
          <ul className={classes.list}>
          {children.map((child) => (
            <UnitTreeRow
              key={child.unit.id}
              node={child}
              depth={depth + 1}
              expanded={expanded}
              onToggle={onToggle}
              highlight={highlight}
              actions={actions}
            />
          ))}
          </ul>
        </Collapse>
      )}
    </li>
  );
}
