import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { Link, useSearchParams } from 'react-router';
import type { MatrixColumn, MatrixRow, SkpMatrix, SkpTreeNode } from '../../../../shared/ipc/methods/skp';
import { rpc } from '../../api/client';
import { invalidateQueries, useQuery } from '../../api/hooks';
import { useIsHrStaff, useSession } from '../../app/session';
import { Banner, ErrorBanner } from '../../components/Banner';
import { Dialog } from '../../components/Dialog';
import { EmptyState } from '../../components/EmptyState';
import { EmployeePicker } from '../../components/form';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { formatCount } from '../../lib/format';
import { SkpNav, YearSelect } from './SkpNav';
import { StatusChip } from './status';
import { useYearChoice } from './years';
import { positiveInt } from '../../lib/params';

function columnCode(column: Pick<MatrixColumn, 'group' | 'order'>): string {
  return `${column.group === 'UTAMA' ? 'A' : 'B'}.${column.order}`;
}

/** HR picks any pegawai as the atasan whose matrix to show. */
function AtasanPicker({ onPick }: { onPick: (employeeId: number) => void }) {
  const form = useForm<{ atasan: number | null }>({ defaultValues: { atasan: null } });
  const picked = useWatch({ control: form.control, name: 'atasan' });
  useEffect(() => {
    if (typeof picked === 'number') onPick(picked);
  }, [picked, onPick]);
  return (
    <FormProvider {...form}>
      <div className="matrix-picker">
        <EmployeePicker
          name="atasan"
          label="Atasan"
          initial={null}
          placeholder="Cari pegawai (nama atau NIP)…"
          replacePlaceholder="Ketik untuk memilih atasan lain…"
          listLabel="Hasil pencarian atasan"
        />
      </div>
    </FormProvider>
  );
}

interface HandDownTarget {
  row: MatrixRow;
}

function HandDownForm({
  matrix,
  row,
  onClose,
  onDone,
}: {
  matrix: SkpMatrix;
  row: MatrixRow;
  onClose: () => void;
  onDone: (skpId: number) => void;
}) {
  const baseId = useId();
  const utama = matrix.columns.filter((c) => c.group === 'UTAMA');
  const [chosen, setChosen] = useState<Record<number, boolean>>({});
  const [texts, setTexts] = useState<Record<number, string>>(() =>
    Object.fromEntries(matrix.columns.map((c) => [c.rhkId, c.text])),
  );
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!matrix.appraiserSkp) return;
    const rhk = matrix.columns
      .filter((c) => chosen[c.rhkId])
      .map((c) => ({ parentRhkId: c.rhkId, text: (texts[c.rhkId] ?? '').trim() }));
    if (rhk.length === 0) return setError('Pilih paling sedikit satu RHK atasan.');
    if (rhk.some((r) => r.text === ''))
      return setError('Tulis rencana hasil kerja untuk setiap RHK yang dipilih.');
    setPending(true);
    const result = await rpc('skp.handDown', {
      appraiserSkpId: matrix.appraiserSkp.id,
      employeeId: row.employeeId,
      rhk,
    });
    setPending(false);
    if (!result.ok) return setError(result.error.message);
    invalidateQueries();
    onDone(result.data.id);
  };
  return (
    <form
      className="form-stack"
      noValidate
      onSubmit={(event) => void submit(event)}
      aria-label="Turunkan RHK"
    >
      <p>
        {row.skp ? 'RHK utama ditambahkan ke SKP' : 'SKP dibuat (draf) dengan RHK utama'}{' '}
        <strong>{row.fullName}</strong>, masing-masing mengintervensi RHK yang dipilih. Sesuaikan rumusannya
        untuk bawahan; IKI diisi kemudian di SKP-nya. RHK yang rumusannya sudah ada tidak ditambahkan dua
        kali.
      </p>
      <ErrorBanner message={error} />
      <ul className="handdown-list">
        {(utama.length > 0 ? utama : matrix.columns).map((column) => (
          <li key={column.rhkId} className="handdown-item">
            <label className="checkbox">
              <input
                type="checkbox"
                checked={chosen[column.rhkId] ?? false}
                onChange={(event) => setChosen((c) => ({ ...c, [column.rhkId]: event.target.checked }))}
              />
              <span>
                <strong>{columnCode(column)}</strong> {column.text}
              </span>
            </label>
            {chosen[column.rhkId] && (
              <div className="field">
                <label className="field-label" htmlFor={`${baseId}-${column.rhkId}`}>
                  RHK bawahan
                </label>
                <textarea
                  id={`${baseId}-${column.rhkId}`}
                  className="input textarea"
                  rows={2}
                  value={texts[column.rhkId] ?? ''}
                  onChange={(event) => setTexts((t) => ({ ...t, [column.rhkId]: event.target.value }))}
                />
              </div>
            )}
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" className="btn btn-secondary" onClick={onClose}>
          Batal
        </button>
        <button type="submit" className="btn btn-primary" disabled={pending} data-testid="handdown-save">
          {pending ? 'Menyimpan…' : 'Turunkan RHK'}
        </button>
      </div>
    </form>
  );
}

function MatrixTable({
  matrix,
  canHandDown,
  onHandDown,
}: {
  matrix: SkpMatrix;
  canHandDown: boolean;
  onHandDown: (target: HandDownTarget) => void;
}) {
  const hasOther = matrix.rows.some((r) => r.other.length > 0);
  if (matrix.rows.length === 0) {
    return <EmptyState title={`${matrix.appraiser.fullName} tidak memiliki bawahan langsung yang aktif.`} />;
  }
  return (
    <div className="matrix-scroll" data-testid="matrix">
      <table className="matrix-table">
        <caption className="visually-hidden">
          Matriks pembagian peran dan hasil {matrix.appraiser.fullName}: RHK atasan sebagai kolom, bawahan
          sebagai baris
        </caption>
        <thead>
          <tr>
            <th scope="col" className="matrix-corner">
              Bawahan <span aria-hidden="true">↓</span> · RHK atasan <span aria-hidden="true">→</span>
            </th>
            {matrix.columns.map((column) => (
              <th
                key={column.rhkId}
                scope="col"
                className={column.unsupported ? 'matrix-col is-unsupported' : 'matrix-col'}
                data-testid="matrix-column"
              >
                <span className="matrix-col-code">{columnCode(column)}</span>
                <span className="matrix-col-text" title={column.text}>
                  {column.text}
                </span>
                <span className="matrix-col-meta">
                  {column.unsupported ? (
                    <span className="badge badge-danger">Belum diintervensi</span>
                  ) : (
                    `${column.supporterCount} RHK bawahan`
                  )}
                </span>
              </th>
            ))}
            {hasOther && (
              <th scope="col" className="matrix-col matrix-other">
                <span className="matrix-col-code">Lainnya</span>
                <span className="matrix-col-text">RHK tambahan atau yang menginduk RHK lain</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr
              key={row.employeeId}
              className={row.flags.length > 0 ? 'is-flagged' : undefined}
              data-testid="matrix-row"
            >
              <th scope="row" className="matrix-person">
                {row.skp ? (
                  <Link to={`/skp/${row.skp.id}`} className="matrix-person-name">
                    {row.fullName}
                  </Link>
                ) : (
                  <span className="matrix-person-name">{row.fullName}</span>
                )}
                <span className="matrix-person-meta">{row.positionName}</span>
                <span className="cell-badges">
                  {row.skp && <StatusChip status={row.skp.status} />}
                  {row.flags.includes('NO_SKP') && <span className="badge badge-danger">Belum ada SKP</span>}
                  {row.flags.includes('NO_UTAMA') && (
                    <span className="badge badge-warning">Belum ada RHK utama</span>
                  )}
                </span>
                {canHandDown && (
                  <button
                    type="button"
                    className="btn btn-link btn-small matrix-handdown"
                    onClick={() => onHandDown({ row })}
                    data-testid="handdown-open"
                  >
                    Turunkan RHK…
                  </button>
                )}
              </th>
              {row.cells.map((cell, index) => (
                <td
                  key={matrix.columns[index]?.rhkId ?? index}
                  className="matrix-cell"
                  data-testid="matrix-cell"
                >
                  {cell.length === 0 ? (
                    <span className="matrix-empty" aria-label="Tidak ada">
                      —
                    </span>
                  ) : (
                    <ul className="matrix-rhk-list">
                      {cell.map((rhk) => (
                        <li key={rhk.rhkId} className="matrix-rhk" title={rhk.text}>
                          <span className="matrix-rhk-text">{rhk.text}</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              ))}
              {hasOther && (
                <td className="matrix-cell matrix-other">
                  <ul className="matrix-rhk-list">
                    {row.other.map((rhk) => (
                      <li key={rhk.rhkId} className="matrix-rhk is-other" title={rhk.text}>
                        <span className="matrix-rhk-text">
                          {rhk.group === 'TAMBAHAN' ? 'Tambahan: ' : ''}
                          {rhk.text}
                        </span>
                      </li>
                    ))}
                  </ul>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function TreeNode({
  node,
  depth,
  current,
  onPick,
}: {
  node: SkpTreeNode;
  depth: number;
  current: number | null;
  onPick: (employeeId: number) => void;
}) {
  const utama = node.rhk.filter((r) => r.group === 'UTAMA').length;
  return (
    <li className="cascade-node">
      <div className={node.skp.employeeId === current ? 'cascade-row is-current' : 'cascade-row'}>
        <Link to={`/skp/${node.skp.id}`} className="cascade-name">
          {node.fullName}
        </Link>
        <span className="cascade-meta">{node.positionName}</span>
        <StatusChip status={node.skp.status} />
        <span className="cascade-meta">{utama} RHK utama</span>
        {node.children.length > 0 && (
          <button
            type="button"
            className="btn btn-link btn-small"
            onClick={() => onPick(node.skp.employeeId)}
          >
            Matriks ({node.children.length} bawahan)
          </button>
        )}
      </div>
      {node.children.length > 0 && (
        <details open={depth < 1} className="cascade-children">
          <summary>{node.children.length} SKP bawahan</summary>
          <ul className="cascade-list">
            {node.children.map((child) => (
              <TreeNode key={child.skp.id} node={child} depth={depth + 1} current={current} onPick={onPick} />
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}

export function MatrixPage() {
  const choice = useYearChoice();
  const year = choice.year;
  const [params, setParams] = useSearchParams();
  const { user } = useSession();
  const hr = useIsHrStaff();
  const [handDown, setHandDown] = useState<HandDownTarget | null>(null);
  const [notice, setNotice] = useState<{ text: string; skpId: number } | null>(null);

  const tree = useQuery('skp.tree', { yearId: year?.id ?? 1 }, { enabled: year !== undefined });
  const wanted = positiveInt(params.get('atasan'));
  const atasan = wanted ?? (hr ? (tree.data?.roots[0]?.skp.employeeId ?? null) : user.employeeId);
  const appraiserSkpId = positiveInt(params.get('skp'));
  const matrix = useQuery(
    'skp.matrix',
    { yearId: year?.id ?? 1, appraiserEmployeeId: atasan ?? 1, appraiserSkpId },
    { enabled: year !== undefined && atasan !== null, keepPrevious: true },
  );
  const data = matrix.data;

  const pick = useCallback(
    (employeeId: number) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        next.set('atasan', String(employeeId));
        next.delete('skp');
        return next;
      }),
    [setParams],
  );

  const canHandDown =
    data !== undefined &&
    data.appraiserSkp !== null &&
    year?.status === 'OPEN' &&
    (hr || user.employeeId === data.appraiser.id);

  return (
    <Page
      title="Matriks Pembagian Peran dan Hasil"
      subtitle="RHK atasan sebagai kolom, bawahan langsung sebagai baris: setiap sel berisi RHK bawahan yang mengintervensi RHK atasan."
      actions={<YearSelect choice={choice} />}
    >
      <SkpNav year={year} />
      <ErrorBanner message={tree.error?.message ?? matrix.error?.message} onRetry={matrix.reload} />
      {notice && (
        <Banner tone="success" testId="handdown-notice">
          {notice.text} <Link to={`/skp/${notice.skpId}`}>Buka SKP-nya</Link>
        </Banner>
      )}
      {hr && <AtasanPicker onPick={pick} />}
      {atasan === null ? (
        <div className="card">
          <EmptyState title="Akun Anda tidak tertaut ke data pegawai.">
            Matriks menampilkan pembagian RHK seorang atasan kepada bawahannya.
          </EmptyState>
        </div>
      ) : data === undefined ? (
        matrix.loading && <Loading />
      ) : (
        <section className="card matrix-card" aria-labelledby="matriks-judul">
          <div className="matrix-head">
            <div>
              <h2 id="matriks-judul">{data.appraiser.fullName}</h2>
              <p className="meta-line">
                {data.appraiser.positionName} · {data.appraiser.unitName}
                {data.appraiserSkp && (
                  <>
                    {' '}
                    · <Link to={`/skp/${data.appraiserSkp.id}`}>SKP {data.year.year}</Link>{' '}
                    <StatusChip status={data.appraiserSkp.status} />
                  </>
                )}
              </p>
            </div>
            {data.appraiserSkps.length > 1 && (
              <select
                className="input select input-compact"
                aria-label="SKP atasan"
                value={String(data.appraiserSkp?.id ?? '')}
                onChange={(event) =>
                  setParams((current) => {
                    const next = new URLSearchParams(current);
                    next.set('skp', event.target.value);
                    return next;
                  })
                }
              >
                {data.appraiserSkps.map((s) => (
                  <option key={s.id} value={String(s.id)}>
                    SKP {s.startDate} s.d. {s.endDate}
                  </option>
                ))}
              </select>
            )}
          </div>
          <ul className="matrix-summary" data-testid="matrix-summary">
            <li>
              <strong>{formatCount(data.summary.bawahan)}</strong> bawahan
            </li>
            <li className={data.summary.withoutSkp > 0 ? 'is-alert' : undefined}>
              <strong>{formatCount(data.summary.withoutSkp)}</strong> belum ada SKP
            </li>
            <li className={data.summary.withoutUtama > 0 ? 'is-alert' : undefined}>
              <strong>{formatCount(data.summary.withoutUtama)}</strong> belum ada RHK utama
            </li>
            <li className={data.summary.unsupportedColumns > 0 ? 'is-alert' : undefined}>
              <strong>{formatCount(data.summary.unsupportedColumns)}</strong> RHK atasan belum diintervensi
            </li>
          </ul>
          {data.appraiserSkp === null ? (
            <Banner tone="warning">
              {data.appraiser.fullName} belum memiliki SKP tahun {data.year.year}: belum ada RHK yang dapat
              diintervensi.
            </Banner>
          ) : (
            <MatrixTable matrix={data} canHandDown={canHandDown} onHandDown={setHandDown} />
          )}
        </section>
      )}

      {tree.data && tree.data.roots.length > 0 && (
        <section className="card" aria-labelledby="pohon-judul">
          <h2 id="pohon-judul" className="card-title">
            Pohon kinerja {tree.data.year.year}
          </h2>
          <p className="card-note">
            Setiap SKP di bawah SKP pejabat penilainya, dari {hr ? 'camat' : 'SKP Anda'} ke bawah (
            {formatCount(tree.data.skpCount)} SKP).
          </p>
          <ul className="cascade-list cascade-root" data-testid="cascade-tree">
            {tree.data.roots.map((node) => (
              <TreeNode
                key={node.skp.id}
                node={node}
                depth={0}
                current={data?.appraiser.id ?? null}
                onPick={pick}
              />
            ))}
          </ul>
        </section>
      )}

      <Dialog
        open={handDown !== null}
        title={`Turunkan RHK kepada ${handDown?.row.fullName ?? ''}`}
        size="large"
        onClose={() => setHandDown(null)}
      >
        {handDown && data && (
          <HandDownForm
            matrix={data}
            row={handDown.row}
            onClose={() => setHandDown(null)}
            onDone={(skpId) => {
              setNotice({ text: `RHK diturunkan kepada ${handDown.row.fullName} ·`, skpId });
              setHandDown(null);
            }}
          />
        )}
      </Dialog>
    </Page>
  );
}
