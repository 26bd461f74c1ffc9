import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { UNIT_KIND_LABELS } from '../../../../shared/domain/positions';
import type { UnitDto } from '../../../../shared/ipc/methods/units';
import { useQuery } from '../../api/hooks';
import { useIsHrStaff } from '../../app/session';
import { Banner, ErrorBanner } from '../../components/Banner';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { formatCount } from '../../lib/format';
import { buildUnitTree, flattenUnitTree, type UnitNode } from '../../lib/units';
import { UnitCreateDialog, UnitDeleteDialog, UnitMoveDialog, UnitRenameDialog } from './UnitDialogs';

type OpenDialog = 'create' | 'rename' | 'move' | 'delete' | null;

interface TreeProps {
  nodes: UnitNode[];
  selectedId: number | null;
  collapsed: ReadonlySet<number>;
  onSelect: (id: number) => void;
  onToggle: (id: number) => void;
}

function UnitTree({ nodes, selectedId, collapsed, onSelect, onToggle }: TreeProps) {
  return (
    <ul className="tree">
      {nodes.map((node) => {
        const { unit } = node;
        const isCollapsed = collapsed.has(unit.id);
        const hasChildren = node.children.length > 0;
        return (
          <li key={unit.id}>
            <div
              className={`tree-row${unit.id === selectedId ? ' is-selected' : ''}`}
              style={{ paddingLeft: `${0.5 + node.depth * 1.35}rem` }}
            >
              {hasChildren ? (
                <button
                  type="button"
                  className="tree-toggle"
                  aria-expanded={!isCollapsed}
                  aria-label={`${isCollapsed ? 'Buka' : 'Tutup'} sub-unit ${unit.name}`}
                  onClick={() => onToggle(unit.id)}
                >
                  <span className={`chevron${isCollapsed ? '' : ' is-open'}`} aria-hidden="true">
                    <Icon name="chevron" size={16} />
                  </span>
                </button>
              ) : (
                <span className="tree-toggle-spacer" aria-hidden="true" />
              )}
              <button
                type="button"
                className="tree-label"
                aria-current={unit.id === selectedId ? 'true' : undefined}
                onClick={() => onSelect(unit.id)}
                data-testid="unit-node"
              >
                <span className="tree-name">{unit.name}</span>
                <span className="tree-kind">{UNIT_KIND_LABELS[unit.kind]}</span>
              </button>
              <span className="tree-count" title="Pegawai aktif, termasuk sub-unit">
                {formatCount(node.activeTotal)}
                <span className="visually-hidden"> pegawai aktif</span>
              </span>
            </div>
            {hasChildren && !isCollapsed && (
              <UnitTree
                nodes={node.children}
                selectedId={selectedId}
                collapsed={collapsed}
                onSelect={onSelect}
                onToggle={onToggle}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}

interface PanelProps {
  node: UnitNode;
  parent: UnitDto | null;
  canEdit: boolean;
  onAction: (dialog: Exclude<OpenDialog, null>) => void;
}

function UnitPanel({ node, parent, canEdit, onAction }: PanelProps) {
  const { unit } = node;
  return (
    <section className="card unit-panel" aria-labelledby="unit-terpilih">
      <p className="card-eyebrow">{UNIT_KIND_LABELS[unit.kind]}</p>
      <h2 id="unit-terpilih" className="card-title">
        {unit.name}
      </h2>
      <dl className="dl-grid dl-single">
        <div className="dl-item">
          <dt>Unit induk</dt>
          <dd>{parent ? parent.name : 'Tidak ada (unit utama)'}</dd>
        </div>
        <div className="dl-item">
          <dt>Pegawai aktif di unit ini</dt>
          <dd>{formatCount(unit.employeeCount)}</dd>
        </div>
        <div className="dl-item">
          <dt>Pegawai aktif termasuk sub-unit</dt>
          <dd>{formatCount(node.activeTotal)}</dd>
        </div>
        <div className="dl-item">
          <dt>Sub-unit langsung</dt>
          <dd>{formatCount(node.children.length)}</dd>
        </div>
      </dl>
      <div className="panel-actions">
        <Link to={`/pegawai?unit=${unit.id}`} className="btn btn-secondary" data-testid="unit-employees">
          Lihat pegawai
        </Link>
        {canEdit && (
          <>
            <button type="button" className="btn btn-secondary" onClick={() => onAction('create')}>
              Tambah sub-unit
            </button>
            <button type="button" className="btn btn-secondary" onClick={() => onAction('rename')}>
              Ubah nama
            </button>
            <button
              type="button"
              className="btn btn-secondary"
              onClick={() => onAction('move')}
              disabled={unit.parentId === null}
              title={unit.parentId === null ? 'Unit utama tidak dapat dipindahkan' : undefined}
            >
              Pindahkan
            </button>
            <button type="button" className="btn btn-danger-outline" onClick={() => onAction('delete')}>
              Hapus
            </button>
          </>
        )}
      </div>
    </section>
  );
}

export function UnitsPage() {
  const units = useQuery('units.list', {});
  const canEdit = useIsHrStaff();
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [collapsed, setCollapsed] = useState<ReadonlySet<number>>(new Set());
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const tree = useMemo(() => buildUnitTree(units.data ?? []), [units.data]);
  const nodes = useMemo(() => flattenUnitTree(tree), [tree]);
  const selected = nodes.find((node) => node.unit.id === selectedId) ?? nodes[0] ?? null;
  const parent = selected ? (units.data?.find((u) => u.id === selected.unit.parentId) ?? null) : null;

  const toggle = (id: number) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const closeDialog = () => setDialog(null);
  const done = (message: string) => {
    setDialog(null);
    setNotice(message);
  };

  return (
    <Page
      title="Unit Kerja"
      subtitle="Susunan organisasi kantor. Angka di kanan adalah pegawai aktif, termasuk sub-unit."
      actions={
        canEdit && units.data?.length === 0 ? (
          <button type="button" className="btn btn-primary" onClick={() => setDialog('create')}>
            <Icon name="plus" />
            Tambah unit utama
          </button>
        ) : undefined
      }
    >
      {notice && <Banner tone="success">{notice}</Banner>}
      <ErrorBanner message={units.error?.message} onRetry={units.reload} />
      {!units.data ? (
        !units.error && <Loading />
      ) : tree.length === 0 ? (
        <EmptyState title="Belum ada unit kerja.">
          Mulailah dengan unit utama, misalnya kecamatan, lalu tambahkan sub-unit di bawahnya.
        </EmptyState>
      ) : (
        <div className="units-layout">
          <nav className="card tree-card" aria-label="Pohon unit kerja">
            <UnitTree
              nodes={tree}
              selectedId={selected?.unit.id ?? null}
              collapsed={collapsed}
              onSelect={(id) => {
                setSelectedId(id);
                setNotice(null);
              }}
              onToggle={toggle}
            />
          </nav>
          {selected && <UnitPanel node={selected} parent={parent} canEdit={canEdit} onAction={setDialog} />}
        </div>
      )}

      <UnitCreateDialog
        open={dialog === 'create'}
        parent={units.data?.length === 0 ? null : (selected?.unit ?? null)}
        onClose={closeDialog}
        onCreated={(unit) => {
          setSelectedId(unit.id);
          if (unit.parentId !== null) {
            const parentId = unit.parentId;
            setCollapsed((current) => new Set([...current].filter((id) => id !== parentId)));
          }
          done(`${unit.name} telah ditambahkan.`);
        }}
      />
      {selected && (
        <>
          <UnitRenameDialog
            open={dialog === 'rename'}
            unit={selected.unit}
            onClose={closeDialog}
            onDone={done}
          />
          <UnitMoveDialog
            open={dialog === 'move'}
            unit={selected.unit}
            units={units.data ?? []}
            onClose={closeDialog}
            onDone={done}
          />
          <UnitDeleteDialog
            open={dialog === 'delete'}
            unit={selected.unit}
            onClose={closeDialog}
            onDone={(message) => {
              setSelectedId(selected.unit.parentId);
              done(message);
            }}
          />
        </>
      )}
    </Page>
  );
}
