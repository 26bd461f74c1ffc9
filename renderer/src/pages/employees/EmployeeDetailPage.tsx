import { useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { formatPangkatGolongan } from '../../../../shared/domain/golongan';
import { formatNip } from '../../../../shared/domain/nip';
import {
  ACTIVITY_LABELS,
  EMPLOYEE_STATUS_LABELS,
  FUNCTIONAL_LEVEL_LABELS,
  GENDER_LABELS,
  POSITION_TYPE_LABELS,
} from '../../../../shared/domain/positions';
import type { EmployeeDetail, PersonRef } from '../../../../shared/ipc/methods/employees';
import { useQuery } from '../../api/hooks';
import { useIsHrStaff } from '../../app/session';
import { Banner, ErrorBanner } from '../../components/Banner';
import { BackLink } from '../../components/BackLink';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { Tabs } from '../../components/Tabs';
import { dateOrDash, formatTimestamp, textOrDash } from '../../lib/format';
import { EntityHistory } from '../audit/EntityHistory';
import { DeactivateDialog, DeleteDialog, ReactivateDialog } from './ActivityDialogs';
import { noticeState, readNotice } from './notice';

type OpenDialog = 'deactivate' | 'reactivate' | 'delete' | null;

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="dl-item">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function PersonLink({ person }: { person: PersonRef }) {
  return (
    <span className="person">
      <Link to={`/pegawai/${person.id}`}>{person.fullName}</Link>
      <span className="person-meta">
        <span className="nip">{formatNip(person.nip)}</span> · {person.positionName}
      </span>
      {person.activity !== 'AKTIF' && (
        <span className="badge badge-muted">{ACTIVITY_LABELS[person.activity]}</span>
      )}
    </span>
  );
}

function EmployeeData({ employee }: { employee: EmployeeDetail }) {
  const birth = [employee.birthPlace, dateOrDash(employee.birthDate)].filter(Boolean).join(', ');
  const positionType =
    employee.positionType === 'FUNGSIONAL' && employee.functionalLevel
      ? `${POSITION_TYPE_LABELS.FUNGSIONAL} – ${FUNCTIONAL_LEVEL_LABELS[employee.functionalLevel]}`
      : POSITION_TYPE_LABELS[employee.positionType];
  return (
    <div className="detail-sections">
      <section className="card" aria-labelledby="bagian-identitas">
        <h2 id="bagian-identitas" className="card-title">
          Identitas
        </h2>
        <dl className="dl-grid">
          <Item label={employee.status === 'PNS' ? 'NIP' : 'NI PPPK'}>
            <span className="nip" data-testid="employee-nip">
              {formatNip(employee.nip)}
            </span>
          </Item>
          <Item label="Nama">{employee.name}</Item>
          <Item label="Gelar depan">{textOrDash(employee.frontTitle)}</Item>
          <Item label="Gelar belakang">{textOrDash(employee.backTitle)}</Item>
          <Item label="Jenis kelamin">{GENDER_LABELS[employee.gender]}</Item>
          <Item label="Tempat, tanggal lahir">{birth}</Item>
        </dl>
      </section>
      <section className="card" aria-labelledby="bagian-jabatan">
        <h2 id="bagian-jabatan" className="card-title">
          Kepegawaian dan jabatan
        </h2>
        <dl className="dl-grid">
          <Item label="Status kepegawaian">{EMPLOYEE_STATUS_LABELS[employee.status]}</Item>
          <Item label={employee.status === 'PNS' ? 'Pangkat / golongan ruang' : 'Golongan'}>
            {textOrDash(formatPangkatGolongan(employee.status, employee.golongan))}
          </Item>
          <Item label="Jabatan">{employee.positionName}</Item>
          <Item label="Jenis jabatan">{positionType}</Item>
          <Item label="Unit kerja">
            <Link to={`/pegawai?unit=${employee.unitId}`}>{employee.unitName}</Link>
          </Item>
          <Item label="TMT jabatan">{dateOrDash(employee.tmtJabatan)}</Item>
          <Item label="Status keaktifan">
            <span className={`badge ${employee.activity === 'AKTIF' ? 'badge-success' : 'badge-muted'}`}>
              {ACTIVITY_LABELS[employee.activity]}
            </span>
          </Item>
          {employee.activity !== 'AKTIF' && (
            <>
              <Item label="Tidak aktif sejak">{dateOrDash(employee.inactiveSince)}</Item>
              <Item label="Keterangan">{textOrDash(employee.inactiveNote)}</Item>
            </>
          )}
        </dl>
      </section>
      <section className="card" aria-labelledby="bagian-atasan">
        <h2 id="bagian-atasan" className="card-title">
          Atasan dan bawahan
        </h2>
        <dl className="dl-grid dl-single">
          <Item label="Atasan langsung">
            {employee.supervisor ? <PersonLink person={employee.supervisor} /> : 'Tidak ada'}
          </Item>
          <Item label={`Bawahan langsung (${employee.subordinates.length})`}>
            {employee.subordinates.length === 0 ? (
              'Tidak ada'
            ) : (
              <ul className="person-list">
                {employee.subordinates.map((person) => (
                  <li key={person.id}>
                    <PersonLink person={person} />
                  </li>
                ))}
              </ul>
            )}
          </Item>
        </dl>
      </section>
      <p className="meta-line">
        Dicatat {formatTimestamp(employee.createdAt)} · Terakhir diubah {formatTimestamp(employee.updatedAt)}
      </p>
    </div>
  );
}

function EmployeeView({
  employee,
  initialNotice,
}: {
  employee: EmployeeDetail;
  initialNotice: string | null;
}) {
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [notice, setNotice] = useState(initialNotice);
  const active = employee.activity === 'AKTIF';
  const canEdit = useIsHrStaff();
  const close = () => setDialog(null);
  const done = (message: string) => {
    setDialog(null);
    setNotice(message);
  };

  return (
    <Page
      title={employee.fullName}
      eyebrow={<BackLink to="/pegawai" label="Daftar pegawai" />}
      subtitle={
        <>
          {employee.positionName} · {employee.unitName}
          {!active && <span className="badge badge-muted">{ACTIVITY_LABELS[employee.activity]}</span>}
        </>
      }
      actions={
        canEdit && (
          <>
            <Link to={`/pegawai/${employee.id}/ubah`} className="btn btn-primary" data-testid="employee-edit">
              Ubah
            </Link>
            {active ? (
              <button
                type="button"
                className="btn btn-secondary"
                onClick={() => setDialog('deactivate')}
                data-testid="employee-deactivate"
              >
                Nonaktifkan
              </button>
            ) : (
              <button
                type="button"
                className="btn btn-secondary"
                onClick={() => setDialog('reactivate')}
                data-testid="employee-reactivate"
              >
                Aktifkan kembali
              </button>
            )}
            <button
              type="button"
              className="btn btn-danger-outline"
              onClick={() => setDialog('delete')}
              data-testid="employee-delete"
            >
              Hapus
            </button>
          </>
        )
      }
    >
      {notice && <Banner tone="success">{notice}</Banner>}
      {!active && (
        <Banner tone="warning" title={`Pegawai ini tidak aktif: ${ACTIVITY_LABELS[employee.activity]}`}>
          Sejak {dateOrDash(employee.inactiveSince)}
          {employee.inactiveNote ? `. ${employee.inactiveNote}` : '.'}
        </Banner>
      )}
      <Tabs
        label="Bagian data pegawai"
        items={[
          { id: 'data', label: 'Data Pegawai', content: <EmployeeData employee={employee} /> },
          // The audit trail is for the HR office; a pegawai's own account cannot read it.
          ...(canEdit
            ? [
                {
                  id: 'riwayat',
                  label: 'Riwayat perubahan',
                  content: (
                    <EntityHistory
                      entityType="employee"
                      entityId={String(employee.id)}
                      subject="pegawai ini"
                    />
                  ),
                },
              ]
            : []),
        ]}
      />

      <DeactivateDialog employee={employee} open={dialog === 'deactivate'} onClose={close} onDone={done} />
      <ReactivateDialog employee={employee} open={dialog === 'reactivate'} onClose={close} onDone={done} />
      <DeleteDialog
        employee={employee}
        open={dialog === 'delete'}
        onClose={close}
        onDeleted={() =>
          navigate('/pegawai', { state: noticeState(`Data ${employee.fullName} telah dihapus.`) })
        }
        onDeactivateInstead={() => setDialog('deactivate')}
      />
    </Page>
  );
}

export function EmployeeDetailPage() {
  const params = useParams();
  const location = useLocation();
  const id = Number(params.id);
  const valid = Number.isInteger(id) && id > 0;
  const detail = useQuery('employees.get', { id }, { enabled: valid });

  if (!valid || (detail.error && !detail.data)) {
    return (
      <Page title="Data pegawai" eyebrow={<BackLink to="/pegawai" label="Daftar pegawai" />}>
        <ErrorBanner
          message={detail.error?.message ?? 'Pegawai tidak ditemukan.'}
          onRetry={detail.error?.code === 'NOT_FOUND' || !valid ? undefined : detail.reload}
        />
      </Page>
    );
  }
  if (!detail.data) return <Loading />;
  return (
    <EmployeeView key={detail.data.id} employee={detail.data} initialNotice={readNotice(location.state)} />
  );
}
