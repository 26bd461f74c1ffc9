import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { formatNip } from '../../../../shared/domain/nip';
import { ROLE_LABELS } from '../../../../shared/domain/roles';
import type { UserDto } from '../../../../shared/ipc/methods/users';
import { useQuery } from '../../api/hooks';
import { useSession } from '../../app/session';
import { Banner, ErrorBanner } from '../../components/Banner';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { DataTable, type DataColumn, type ServerSort } from '../../components/table/DataTable';
import { formatShortTimestamp } from '../../lib/format';
import { useNow } from '../../lib/useNow';
import { ResetPasswordDialog, UserCreateDialog, UserEditDialog } from './UserDialogs';

type OpenDialog = 'create' | 'edit' | 'reset' | null;

function lockedUntil(user: UserDto, now: number): string | null {
  if (!user.lockedUntil) return null;
  return new Date(user.lockedUntil).getTime() > now ? user.lockedUntil : null;
}

function StatusCell({ user, now }: { user: UserDto; now: number }) {
  const locked = lockedUntil(user, now);
  return (
    <span className="cell-badges">
      {user.active ? (
        <span className="badge badge-success">Aktif</span>
      ) : (
        <span className="badge badge-muted">Nonaktif</span>
      )}
      {locked && (
        <span className="badge badge-danger" title="Terlalu banyak percobaan masuk yang salah">
          Terkunci sampai {formatShortTimestamp(locked)}
        </span>
      )}
      {user.mustChangePassword && <span className="badge badge-warning">Wajib ganti sandi</span>}
    </span>
  );
}

const NO_SORT: ServerSort = { id: 'username', desc: false };
const ignoreSort = () => {};

export function UsersPage() {
  const { user: me } = useSession();
  const list = useQuery('users.list', {});
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [target, setTarget] = useState<UserDto | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // A lock lasts minutes: the badge disappears on its own once it has run out.
  const now = useNow(15_000);

  const close = () => setDialog(null);
  const openFor = (kind: 'edit' | 'reset', user: UserDto) => {
    setTarget(user);
    setDialog(kind);
  };
  const done = (message: string) => {
    setDialog(null);
    setNotice(message);
  };

  const columns = useMemo<DataColumn<UserDto>[]>(
    () => [
      {
        id: 'username',
        header: 'Pengguna',
        enableSorting: false,
        accessorFn: (row) => row.username,
        cell: ({ row }) => (
          <span className="cell-stack">
            <span className="cell-primary nowrap">{row.original.displayName}</span>
            <span className="cell-secondary code">{row.original.username}</span>
          </span>
        ),
      },
      {
        id: 'role',
        header: 'Peran',
        enableSorting: false,
        accessorFn: (row) => ROLE_LABELS[row.role],
      },
      {
        id: 'employee',
        header: 'Pegawai tertaut',
        enableSorting: false,
        accessorFn: (row) => row.employee?.fullName ?? '',
        cell: ({ row }) => {
          const person = row.original.employee;
          if (!person) return <span className="cell-secondary">—</span>;
          return (
            <span className="cell-stack">
              <Link to={`/pegawai/${person.id}`} onClick={(event) => event.stopPropagation()}>
                {person.fullName}
              </Link>
              <span className="cell-secondary nip">{formatNip(person.nip)}</span>
            </span>
          );
        },
      },
      {
        id: 'status',
        header: 'Status',
        enableSorting: false,
        accessorFn: (row) => (row.active ? 'Aktif' : 'Nonaktif'),
        cell: ({ row }) => <StatusCell user={row.original} now={now} />,
      },
      {
        id: 'lastLogin',
        header: 'Terakhir masuk',
        enableSorting: false,
        accessorFn: (row) => row.lastLoginAt ?? '',
        cell: ({ row }) =>
          row.original.lastLoginAt ? (
            <time dateTime={row.original.lastLoginAt} className="nowrap">
              {formatShortTimestamp(row.original.lastLoginAt)}
            </time>
          ) : (
            <span className="cell-secondary">Belum pernah</span>
          ),
      },
      {
        id: 'actions',
        header: () => <span className="visually-hidden">Tindakan</span>,
        enableSorting: false,
        cell: ({ row }) => (
          <span className="row-actions">
            <button
              type="button"
              className="btn btn-secondary btn-small"
              onClick={(event) => {
                event.stopPropagation();
                openFor('reset', row.original);
              }}
              onKeyDown={(event) => event.stopPropagation()}
              data-testid="user-reset-password"
            >
              Atur ulang kata sandi
            </button>
          </span>
        ),
      },
    ],
    [now],
  );

  const users = list.data;
  return (
    <Page
      title="Pengguna"
      subtitle="Akun yang dapat masuk ke SIPKA di komputer kantor ini, beserta perannya. Pilih satu baris untuk mengubahnya."
      actions={
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => setDialog('create')}
          data-testid="user-add"
        >
          <Icon name="plus" />
          Tambah Pengguna
        </button>
      }
    >
      {notice && <Banner tone="success">{notice}</Banner>}
      <ErrorBanner message={list.error?.message} onRetry={list.reload} />
      {users === undefined ? (
        list.loading && <Loading />
      ) : (
        <DataTable
          caption="Daftar pengguna"
          columns={columns}
          rows={users}
          total={users.length}
          page={1}
          pageSize={Math.max(users.length, 1)}
          sort={NO_SORT}
          onSortChange={ignoreSort}
          onPageChange={ignoreSort}
          getRowId={(row) => String(row.id)}
          onOpen={(row) => openFor('edit', row)}
          rowLabel={(row) => `Ubah pengguna ${row.displayName} (${row.username})`}
          rowTestId="user-row"
          rowClassName={(row) => (row.active ? undefined : 'is-muted')}
          loading={list.loading}
          noun="pengguna"
          hidePager
          empty={<EmptyState title="Belum ada pengguna." />}
        />
      )}

      <UserCreateDialog
        open={dialog === 'create'}
        onClose={close}
        onCreated={(user) =>
          done(
            `Pengguna ${user.username} (${ROLE_LABELS[user.role]}) telah ditambahkan. Ia wajib mengganti kata sandi awal saat pertama kali masuk.`,
          )
        }
      />
      {target && (
        <>
          <UserEditDialog
            open={dialog === 'edit'}
            user={target}
            isSelf={target.id === me.id}
            onClose={close}
            onDone={done}
          />
          <ResetPasswordDialog open={dialog === 'reset'} user={target} onClose={close} onDone={done} />
        </>
      )}
    </Page>
  );
}
