import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconDownload, IconFileSpreadsheet, IconFileTypeCsv } from '@tabler/icons-react';

export interface ExportMenuProps {
  /** The download route without its extension: `.csv` and `.xlsx` are added. */
  href: string;
  /** What is exported, for screen readers ("assessment grid"). */
  what: string;
}

/** "Export" with a choice of CSV or Excel; the API sends the file as an attachment. */
export function ExportMenu({ href, what }: ExportMenuProps) {
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" size="xs" leftSection={<IconDownload size={14} />} rightSection={<IconChevronDown size={14} />} aria-label={`Export the ${what}`}>
          Export
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item component="a" href={`${href}.csv`} download leftSection={<IconFileTypeCsv size={16} />}>
          CSV
        </Menu.Item>
        <Menu.Item component="a" href={`${href}.xlsx`} download leftSection={<IconFileSpreadsheet size={16} />}>
          Excel (.xlsx)
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
