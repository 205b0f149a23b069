import { Menu } from '@mantine/core';
import { IconCalendarShare, IconKey } from '@tabler/icons-react';
import type { CurrentUser } from '../../../shared/session/current-user';
import { UserButton } from './UserButton';

export interface AccountMenuProps {
  user: CurrentUser;
  onChangePassword: () => void;
  onCalendarFeed: () => void;
}

/** The account menu; loaded on first use (see UserMenu), so it opens right away. */
export function AccountMenu({ user, onChangePassword, onCalendarFeed }: AccountMenuProps) {
  return (
    <Menu position="bottom-end" width={260} shadow="md" withinPortal defaultOpened>
      <Menu.Target>
        <UserButton user={user} />
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Signed in as {user.email}</Menu.Label>
        <Menu.Item leftSection={<IconKey size={16} />} onClick={onChangePassword}>
          Change password
        </Menu.Item>
        <Menu.Item leftSection={<IconCalendarShare size={16} />} onClick={onCalendarFeed}>
          Meetings in your calendar
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
