import { lazy, Suspense, useState } from 'react';
import type { CurrentUser } from '../../../shared/session/current-user';
import { UserButton } from './UserButton';

// The menu (with its positioning library) and the password form stay out of the first download:
// they load when the person first opens the menu.
const loadAccountMenu = () => import('./AccountMenu');
const AccountMenu = lazy(async () => ({ default: (await loadAccountMenu()).AccountMenu }));
const ChangePasswordModal = lazy(async () => ({ default: (await import('./ChangePasswordModal')).ChangePasswordModal }));
const CalendarFeedModal = lazy(async () => ({ default: (await import('../../governance/components/CalendarFeedModal')).CalendarFeedModal }));

export interface UserMenuProps {
  user: CurrentUser;
}

/** The signed-in user in the header, opening their account actions (change password, calendar feed). */
export function UserMenu({ user }: UserMenuProps) {
  const [menuRequested, setMenuRequested] = useState(false);
  const [changingPassword, setChangingPassword] = useState(false);
  const [feedOpen, setFeedOpen] = useState(false);
  // Mounted from the first opening on, so closing can animate.
  const [modalLoaded, setModalLoaded] = useState(false);

  return (
    <>
      {menuRequested ? (
        <Suspense fallback={<UserButton user={user} aria-expanded />}>
          <AccountMenu
            user={user}
            onChangePassword={() => {
              setModalLoaded(true);
              setChangingPassword(true);
            }}
            onCalendarFeed={() => setFeedOpen(true)}
          />
        </Suspense>
      ) : (
        <UserButton
          user={user}
          aria-expanded={false}
          onClick={() => setMenuRequested(true)}
          onMouseEnter={() => void loadAccountMenu()}
          onFocus={() => void loadAccountMenu()}
        />
      )}
      {modalLoaded && (
        <Suspense fallback={null}>
          <ChangePasswordModal opened={changingPassword} onClose={() => setChangingPassword(false)} />
        </Suspense>
      )}
      {feedOpen && (
        <Suspense fallback={null}>
          <CalendarFeedModal opened={feedOpen} onClose={() => setFeedOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
