import { describe, expect, it } from 'vitest';
import { AppShell } from './pages/AppShell';
import { AuditLogPage } from './pages/AuditLogPage';
import { ProgramsListPage } from './pages/ProgramsListPage';
import { DEMO_USERS, SignInPage } from './pages/SignInPage';
import { UsersAdminPage } from './pages/UsersAdminPage';
import { uniqueName, useBrowserSession } from './support/journey';

const ADMIN_NAME = 'Ada Okafor';

describe('admin: user accounts and the audit log', () => {
  const session = useBrowserSession();

  it('creates an executive who signs in with the initial password, sees programs but no admin pages', async () => {
    const { page, problems } = session();
    const signIn = new SignInPage(page);
    const shell = new AppShell(page);
    const users = new UsersAdminPage(page);
    const auditLog = new AuditLogPage(page);
    const list = new ProgramsListPage(page);
    const name = uniqueName('E2E Executive');
    const email = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}@northwind.example`;

    // The admin sees the admin pages and adds the account with a generated password.
    await signIn.goto();
    await signIn.signIn(DEMO_USERS.admin.email);
    await shell.waitUntilSignedIn();
    await shell.navLink('Audit log').waitFor();
    await shell.open('Users');
    await users.waitUntilLoaded();
    const password = await users.fillNewUser({ email, name, role: 'Executive' });
    expect(password.length).toBeGreaterThanOrEqual(12);
    await users.submitNewUser();
    const row = await users.find(name);
    expect(await row.innerText()).toContain(email);
    expect(await row.innerText()).toContain('Executive');
    expect(await row.innerText()).toContain('Active');

    // The creation is on record: who, which account, with its initial values (never the password).
    await shell.open('Audit log');
    await auditLog.waitUntilLoaded();
    await auditLog.filter('Record type', 'User account');
    const created = auditLog.entry(`created the account of ${name}`);
    await created.waitFor();
    const text = await created.innerText();
    expect(text).toMatch(new RegExp(`${ADMIN_NAME}\\s+created the account of`));
    expect(text).toContain(`Email: ${email}`);
    expect(text).toContain('Role: Executive');
    expect(text).not.toContain(password);
    expect(new URL(page.url()).searchParams.get('type')).toBe('user');

    // The new executive signs in with the password the admin passed on.
    await shell.signOut();
    await signIn.waitUntilShown();
    await signIn.signIn(email, password);
    await shell.waitUntilSignedIn();
    expect(await shell.currentUser.innerText()).toContain(name);
    expect(await shell.currentUser.innerText()).toContain('Executive');
    // Executives land on the portfolio; the programs are one click away.
    await page.getByRole('heading', { name: 'Portfolio', level: 1 }).waitFor();
    await shell.open('Programs');
    await list.waitUntilLoaded();
    expect(await list.rows.count()).toBeGreaterThan(0);
    expect(await shell.navLink('Users').count()).toBe(0);
    expect(await shell.navLink('Audit log').count()).toBe(0);

    // Typing the address does not open the admin pages either.
    await page.goto('/admin/users');
    await page.getByText('Only admins can manage user accounts.').waitFor();
    await page.goto('/admin/audit-log');
    await page.getByText('Only admins can read the audit log.').waitFor();

    // They replace the initial password and can sign in with the new one only.
    const newPassword = 'quiet-harbor-lantern-violet-22';
    await shell.accountMenu('Change password');
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Current password').fill(password);
    await dialog.getByLabel(/^New password/).fill(newPassword);
    await dialog.getByLabel('Confirm new password').fill(newPassword);
    await dialog.getByRole('button', { name: 'Change password' }).click();
    await dialog.waitFor({ state: 'detached' });
    await shell.signOut();
    await signIn.waitUntilShown();
    await signIn.signIn(email, password);
    await page.getByText('The email or password is not correct.').waitFor();
    await signIn.signIn(email, newPassword);
    await shell.waitUntilSignedIn();

    expect(problems.filter((problem) => !problem.includes('status of 401'))).toEqual([]);
  });
});
