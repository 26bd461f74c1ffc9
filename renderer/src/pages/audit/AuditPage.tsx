import { useId, useMemo, useState, type ChangeEvent } from 'react';
import { useSearchParams } from 'react-router';
import type { AuditEntryDto, AuditVerdict } from '../../../../shared/ipc/methods/audit';
import { rpc } from '../../api/client';
import { useQuery } from '../../api/hooks';
import { useHasRole } from '../../app/session';
import { Banner, ErrorBanner } from '../../components/Banner';
import { EmptyState } from '../../components/EmptyState';
import { Filter } from '../../components/filters/Filter';
import { Icon } from '../../components/Icon';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { formatCount, formatTimestamp } from '../../lib/format';
import { useSearchBox } from '../../lib/useSearchBox';
import { AuditEntryDialog } from './AuditEntryDialog';
import { AuditTable } from './AuditTable';
import {
  AUDIT_PAGE_SIZE,
  hasAuditFilters,
  readAuditFilters,
  toAuditListInput,
  writeAuditFilters,
  type AuditFilters,
} from './auditFilters';
import { ENTITY_TYPE_LABELS, ENTITY_TYPES, isEntityType, WRITE_METHODS } from './labels';

const NO_FILTERS: AuditFilters = {
  userId: null,
  entityType: null,
  entityId: '',
  method: '',
  from: '',
  to: '',
  page: 1,
};

const ENTITY_OPTIONS = ENTITY_TYPES.map((type) => ({ value: type, label: ENTITY_TYPE_LABELS[type] }));

interface Checked {
  verdict: AuditVerdict;
  at: string;
}

/**
 * Finds the page of the unfiltered trail (newest first) that holds an entry. Ids are consecutive unless
 * entries were deleted behind the app's back, so the first guess is usually right; a few more steps cover
 * gaps.
 */
async function locateEntry(entryId: number): Promise<{ page: number; entry: AuditEntryDto } | null> {
  const base = { ...toAuditListInput(NO_FILTERS), pageSize: AUDIT_PAGE_SIZE };
  const first = await rpc('audit.list', { ...base, page: 1 });
  if (!first.ok) return null;
  const newest = first.data.rows[0]?.id ?? 0;
  const pages = Math.max(1, Math.ceil(first.data.total / AUDIT_PAGE_SIZE));
  let page = Math.min(pages, Math.max(1, Math.floor((newest - entryId) / AUDIT_PAGE_SIZE) + 1));
  for (let step = 0; step < 8; step += 1) {
    const result = page === 1 ? first : await rpc('audit.list', { ...base, page });
    if (!result.ok) return null;
    const rows = result.data.rows;
    const entry = rows.find((row) => row.id === entryId);
    if (entry) return { page, entry };
    const lowest = rows[rows.length - 1]?.id ?? 0;
    const highest = rows[0]?.id ?? 0;
    if (lowest > entryId && page < pages) page += 1;
    else if (highest < entryId && page > 1) page -= 1;
    else return null;
  }
  return null;
}

function VerdictBanner({
  checked,
  onShowEntry,
  seeking,
}: {
  checked: Checked;
  onShowEntry: (id: number) => void;
  seeking: boolean;
}) {
  const { verdict } = checked;
  if (verdict.intact) {
    return (
      <Banner
        tone="success"
        testId="audit-verdict"
        title={`Jejak audit utuh — ${formatCount(verdict.count)} entri diperiksa`}
      >
        Setiap entri cocok dengan hash-nya dan rantai tidak terputus. Diperiksa {formatTimestamp(checked.at)}.
      </Banner>
    );
  }
  return (
    <Banner
      tone="error"
      testId="audit-verdict"
      title={`Jejak audit RUSAK: ${verdict.message}`}
      actions={
        <button
          type="button"
          className="btn btn-secondary btn-small"
          onClick={() => onShowEntry(verdict.entryId)}
          disabled={seeking}
          data-testid="audit-verdict-entry"
        >
          {seeking ? 'Mencari…' : `Lihat entri #${verdict.entryId}`}
        </button>
      }
    >
      {formatCount(verdict.count)} entri sebelum entri #{verdict.entryId} masih utuh. Data di berkas basis
      data telah diubah di luar aplikasi SIPKA; laporkan kepada admin kepegawaian dan pulihkan dari cadangan
      yang utuh. Diperiksa {formatTimestamp(checked.at)}.
    </Banner>
  );
}

export function AuditPage() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readAuditFilters(params), [params]);
  const isAdmin = useHasRole(['ADMIN']);
  const [open, setOpen] = useState<AuditEntryDto | null>(null);
  const [highlightId, setHighlightId] = useState<number | null>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [verifying, setVerifying] = useState(false);
  const [verifyError, setVerifyError] = useState<string | null>(null);
  const [seeking, setSeeking] = useState(false);
  const [seekError, setSeekError] = useState<string | null>(null);
  const methodListId = useId();

  // Only an admin may list users; an operator filters by the other fields.
  const users = useQuery('users.list', {}, { enabled: isAdmin });
  const list = useQuery('audit.list', toAuditListInput(filters), { keepPrevious: true });

  const update = (patch: Partial<AuditFilters>) => {
    setParams(writeAuditFilters({ ...filters, page: 1, ...patch }), { replace: true });
  };
  const commitText = (patch: (current: AuditFilters) => Partial<AuditFilters>) =>
    setParams(
      (current) => {
        const now = readAuditFilters(current);
        return writeAuditFilters({ ...now, page: 1, ...patch(now) });
      },
      { replace: true },
    );
  const methodBox = useSearchBox(filters.method, (method) => commitText(() => ({ method })), 400);
  const entityIdBox = useSearchBox(filters.entityId, (entityId) => commitText(() => ({ entityId })), 400);

  const resetFilters = () => {
    methodBox.clear();
    entityIdBox.clear();
    setParams(new URLSearchParams(), { replace: true });
  };

  const verify = async () => {
    setVerifying(true);
    setVerifyError(null);
    try {
      const result = await rpc('audit.verify', {});
      if (result.ok) setChecked({ verdict: result.data, at: new Date().toISOString() });
      else setVerifyError(result.error.message);
    } finally {
      setVerifying(false);
    }
  };

  const showEntry = async (entryId: number) => {
    setSeeking(true);
    setSeekError(null);
    try {
      const found = await locateEntry(entryId);
      if (!found) {
        setSeekError(`Entri #${entryId} tidak ditemukan di daftar.`);
        return;
      }
      methodBox.clear();
      entityIdBox.clear();
      setParams(writeAuditFilters({ ...NO_FILTERS, page: found.page }), { replace: true });
      setHighlightId(entryId);
      setOpen(found.entry);
    } finally {
      setSeeking(false);
    }
  };

  const userOptions = (users.data ?? []).map((user) => ({
    value: String(user.id),
    label: `${user.displayName} (${user.username})`,
  }));
  const filtered = hasAuditFilters(filters);
  const badRange = filters.from !== '' && filters.to !== '' && filters.from > filters.to;
  const page = list.data;

  return (
    <Page
      title="Jejak Audit"
      subtitle="Siapa mengubah apa dan kapan. Setiap entri dirantai dengan hash, sehingga perubahan di luar aplikasi dapat diketahui."
      actions={
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => void verify()}
          disabled={verifying}
          data-testid="audit-verify"
        >
          <Icon name="shield" />
          {verifying ? 'Memeriksa…' : 'Verifikasi keutuhan'}
        </button>
      }
    >
      {verifying && <Loading label="Memeriksa seluruh rantai jejak audit…" />}
      {!verifying && checked && (
        <VerdictBanner checked={checked} onShowEntry={(id) => void showEntry(id)} seeking={seeking} />
      )}
      <ErrorBanner message={verifyError ?? seekError} />

      <form
        className="filter-bar filter-bar-audit"
        role="search"
        aria-label="Saring jejak audit"
        onSubmit={(e) => e.preventDefault()}
      >
        {isAdmin && (
          <Filter label="Pengguna">
            {(id) => (
              <select
                id={id}
                name="userId"
                className="input select"
                value={filters.userId === null ? '' : String(filters.userId)}
                onChange={(event: ChangeEvent<HTMLSelectElement>) =>
                  update({ userId: event.target.value === '' ? null : Number(event.target.value) })
                }
              >
                <option value="">Semua pengguna</option>
                {userOptions.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            )}
          </Filter>
        )}
        <Filter label="Jenis entitas">
          {(id) => (
            <select
              id={id}
              name="entityType"
              className="input select"
              value={filters.entityType ?? ''}
              onChange={(event: ChangeEvent<HTMLSelectElement>) => {
                const value = event.target.value;
                if (!isEntityType(value)) entityIdBox.clear();
                update(isEntityType(value) ? { entityType: value } : { entityType: null, entityId: '' });
              }}
            >
              <option value="">Semua jenis</option>
              {ENTITY_OPTIONS.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          )}
        </Filter>
        <Filter label="ID entitas">
          {(id) => (
            <input
              id={id}
              name="entityId"
              className="input"
              autoComplete="off"
              placeholder={filters.entityType ? 'Mis. 12' : 'Pilih jenis dulu'}
              disabled={filters.entityType === null}
              value={entityIdBox.text}
              onChange={(event) => entityIdBox.change(event.target.value)}
            />
          )}
        </Filter>
        <Filter label="Perintah">
          {(id) => (
            <>
              <input
                id={id}
                name="method"
                className="input"
                autoComplete="off"
                list={methodListId}
                placeholder="Semua perintah"
                value={methodBox.text}
                onChange={(event) => methodBox.change(event.target.value)}
              />
              <datalist id={methodListId}>
                {WRITE_METHODS.map((method) => (
                  <option key={method} value={method} />
                ))}
              </datalist>
            </>
          )}
        </Filter>
        <Filter label="Tanggal dari">
          {(id) => (
            <input
              id={id}
              name="from"
              type="date"
              className="input"
              value={filters.from}
              max={filters.to || undefined}
              onChange={(event) => update({ from: event.target.value })}
            />
          )}
        </Filter>
        <Filter label="Tanggal sampai">
          {(id) => (
            <input
              id={id}
              name="to"
              type="date"
              className="input"
              value={filters.to}
              min={filters.from || undefined}
              onChange={(event) => update({ to: event.target.value })}
            />
          )}
        </Filter>
        {filtered && (
          <div className="filter filter-checks">
            <span className="field-hint">
              {badRange ? '⚠ Tanggal sampai lebih awal daripada tanggal dari.' : ''}
            </span>
            <button type="button" className="btn btn-link btn-small" onClick={resetFilters}>
              Hapus semua saringan
            </button>
          </div>
        )}
      </form>

      <ErrorBanner message={list.error?.message} onRetry={list.reload} />

      {page === undefined ? (
        list.loading && <Loading />
      ) : (
        <AuditTable
          caption="Entri jejak audit, terbaru di atas"
          rows={page.rows}
          total={page.total}
          page={page.page}
          pageSize={AUDIT_PAGE_SIZE}
          onPageChange={(next) => setParams(writeAuditFilters({ ...filters, page: next }), { replace: true })}
          onOpen={setOpen}
          rowTestId="audit-row"
          highlightId={highlightId}
          loading={list.loading}
          empty={
            filtered ? (
              <EmptyState title="Tidak ada entri yang cocok dengan saringan ini.">
                <button type="button" className="btn btn-secondary" onClick={resetFilters}>
                  Hapus semua saringan
                </button>
              </EmptyState>
            ) : (
              <EmptyState title="Jejak audit masih kosong." />
            )
          }
        />
      )}

      <AuditEntryDialog
        entry={open}
        onClose={() => setOpen(null)}
        warning={
          checked && !checked.verdict.intact && open?.id === checked.verdict.entryId
            ? checked.verdict.message
            : null
        }
      />
    </Page>
  );
}
