import { Button, Menu } from '@mantine/core';
import { Fragment } from 'react';
import { IconChevronDown, IconDownload, IconFileSpreadsheet, IconFileTypeCsv } from '@tabler/icons-react';

const LISTS = [
  { list: 'programs', label: 'Programs' },
  { list: 'pilots', label: 'Pilots' },
  { list: 'heat-map', label: 'Heat map' },
  { list: 'attention', label: 'What needs attention' },
] as const;

/** The view as a workbook, or one of its lists as CSV or Excel, narrowed as the page is (`search` is its query string). */
export function PortfolioExportMenu({ search }: { search: string }) {
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" leftSection={<IconDownload size={16} />} rightSection={<IconChevronDown size={14} />} aria-label="Export the portfolio">
          Export
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item component="a" href={`/api/portfolio.xlsx${search}`} download leftSection={<IconFileSpreadsheet size={16} />}>
          The whole view (Excel)
        </Menu.Item>
        {LISTS.map(({ list, label }) => (
          <Fragment key={list}>
            <Menu.Divider />
            <Menu.Label>{label}</Menu.Label>
            <Menu.Item component="a" href={`/api/portfolio/${list}.csv${search}`} download leftSection={<IconFileTypeCsv size={16} />} aria-label={`${label} as CSV`}>
              CSV
            </Menu.Item>
            <Menu.Item component="a" href={`/api/portfolio/${list}.xlsx${search}`} download leftSection={<IconFileSpreadsheet size={16} />} aria-label={`${label} as Excel`}>
              Excel (.xlsx)
            </Menu.Item>
          </Fragment>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
