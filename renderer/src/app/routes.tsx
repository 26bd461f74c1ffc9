import type { ReactNode } from 'react';
import { HR_ROLES, type Role } from '../../../shared/domain/roles';
import type { CurrentUser } from '../../../shared/ipc/methods/auth';
import type { IconName } from '../components/Icon';
import { AuditPage } from '../pages/audit/AuditPage';
import { BackupPage } from '../pages/backup/BackupPage';
import { DashboardPage } from '../pages/dashboard/DashboardPage';
import { BatchPrintPage } from '../pages/documents/BatchPrintPage';
import { RegisterPage } from '../pages/documents/RegisterPage';
import { VerifyPage } from '../pages/documents/VerifyPage';
import { EmployeeCreatePage } from '../pages/employees/EmployeeCreatePage';
import { EmployeeDetailPage } from '../pages/employees/EmployeeDetailPage';
import { EmployeeEditPage } from '../pages/employees/EmployeeEditPage';
import { EmployeeListPage } from '../pages/employees/EmployeeListPage';
import { EvaluationListPage } from '../pages/evaluation/EvaluationListPage';
import { EvaluationScreenPage } from '../pages/evaluation/EvaluationScreenPage';
import { KinerjaSayaPage } from '../pages/kinerja/KinerjaSayaPage';
import { KurvaPage } from '../pages/kurva/KurvaPage';
import { RealisasiPage } from '../pages/realisasi/RealisasiPage';
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
  /** Also required, for pages that depend on the account rather than its role (a linked pegawai). */
  visible?: (user: CurrentUser) => boolean;
}

/** A pegawai account linked to its employee record: it has its own SKP and may be a penilai. */
const linked = (user: CurrentUser) => user.employeeId !== null;
/** HR staff, or a linked pegawai (own realisasi, and the bawahan they rate). */
const hrOrLinked = (user: CurrentUser) => HR_ROLES.includes(user.role) || linked(user);

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
    path: '/kinerja-saya',
    element: <KinerjaSayaPage />,
    nav: { label: 'Kinerja Saya', icon: 'star' },
    visible: linked,
  },
  {
    path: '/realisasi',
    element: <RealisasiPage />,
    nav: { label: 'Realisasi', icon: 'edit' },
    visible: hrOrLinked,
  },
  {
    path: '/penilaian',
    element: <EvaluationListPage />,
    nav: { label: 'Penilaian', icon: 'check' },
    visible: hrOrLinked,
  },
  { path: '/penilaian/:skpId', element: <EvaluationScreenPage />, visible: hrOrLinked },
  {
    path: '/kurva',
    element: <KurvaPage />,
    nav: { label: 'Kurva Distribusi', icon: 'chart' },
    roles: HR_ROLES,
  },
  {
    path: '/dokumen/cetak-massal',
    element: <BatchPrintPage />,
    nav: { label: 'Cetak Massal', icon: 'stack' },
    roles: HR_ROLES,
  },
  {
    path: '/dokumen/register',
    element: <RegisterPage />,
    nav: { label: 'Register Cetak', icon: 'archive' },
    roles: HR_ROLES,
  },
  { path: '/dokumen/verifikasi', element: <VerifyPage />, nav: { label: 'Verifikasi Dokumen', icon: 'qr' } },
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
