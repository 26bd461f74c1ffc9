import type { ReactNode } from 'react';
import { HR_ROLES, type Role } from '../../../shared/domain/roles';
import type { IconName } from '../components/Icon';
import { AuditPage } from '../pages/audit/AuditPage';
import { BackupPage } from '../pages/backup/BackupPage';
import { DashboardPage } from '../pages/dashboard/DashboardPage';
import { EmployeeCreatePage } from '../pages/employees/EmployeeCreatePage';
import { EmployeeDetailPage } from '../pages/employees/EmployeeDetailPage';
import { EmployeeEditPage } from '../pages/employees/EmployeeEditPage';
import { EmployeeListPage } from '../pages/employees/EmployeeListPage';
import { SettingsPage } from '../pages/settings/SettingsPage';
import { ApprovalQueuePage } from '../pages/skp/ApprovalQueuePage';
import { MatrixPage } from '../pages/skp/MatrixPage';
import { SkpEditorPage } from '../pages/skp/SkpEditorPage';
import { SkpListPage } from '../pages/skp/SkpListPage';
import { UnitsPage } from '../pages/units/UnitsPage';
import { UsersPage } from '../pages/users/UsersPage';
import { YearsPage } from '../pages/years/YearsPage';

export interface AppRoute {
  path: string;
  element: ReactNode;
  /** Present for the routes listed in the sidebar, in this order. */
  nav?: { label: string; icon: IconName };
  /** Only these roles see the page (and its menu entry); the backend enforces the same on every call. */
  roles?: readonly Role[];
}

/** Every screen of the app. A new page adds one entry here (and `nav` to appear in the sidebar). */
export const ROUTES: AppRoute[] = [
  { path: '/', element: <DashboardPage />, nav: { label: 'Beranda', icon: 'home' } },
  { path: '/pegawai', element: <EmployeeListPage />, nav: { label: 'Pegawai', icon: 'people' } },
  { path: '/pegawai/baru', element: <EmployeeCreatePage />, roles: HR_ROLES },
  { path: '/pegawai/:id', element: <EmployeeDetailPage /> },
  { path: '/pegawai/:id/ubah', element: <EmployeeEditPage />, roles: HR_ROLES },
  { path: '/unit-kerja', element: <UnitsPage />, nav: { label: 'Unit Kerja', icon: 'tree' } },
  { path: '/skp', element: <SkpListPage />, nav: { label: 'SKP', icon: 'document' } },
  { path: '/skp/persetujuan', element: <ApprovalQueuePage /> },
  { path: '/skp/matriks', element: <MatrixPage /> },
  { path: '/skp/tahun', element: <YearsPage />, roles: ['ADMIN'] },
  { path: '/skp/:id', element: <SkpEditorPage /> },
  {
    path: '/jejak-audit',
    element: <AuditPage />,
    nav: { label: 'Jejak Audit', icon: 'shield' },
    roles: HR_ROLES,
  },
  {
    path: '/cadangan',
    element: <BackupPage />,
    nav: { label: 'Cadangan & Pemulihan', icon: 'backup' },
    roles: HR_ROLES,
  },
  {
    path: '/pengguna',
    element: <UsersPage />,
    nav: { label: 'Pengguna', icon: 'user' },
    roles: ['ADMIN'],
  },
  {
    path: '/pengaturan',
    element: <SettingsPage />,
    nav: { label: 'Pengaturan', icon: 'settings' },
    roles: ['ADMIN'],
  },
];
