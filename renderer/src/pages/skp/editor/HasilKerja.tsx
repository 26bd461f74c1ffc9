import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import {
  APPROACH_LABELS,
  ASPECTS,
  ASPECT_LABELS,
  DIRECTIONS,
  DIRECTION_LABELS,
  RHK_GROUP_LABELS,
  UNIT_OF_MEASURE_SUGGESTIONS,
  type Aspect,
  type Direction,
  type RhkGroup,
  type SkpIssue,
} from '../../../../../shared/domain/skp';
import type { IkiDto, RhkDto, SkpDetail } from '../../../../../shared/ipc/methods/skp';
import { rpc } from '../../../api/client';
import { Dialog } from '../../../components/Dialog';
import { ErrorBanner } from '../../../components/Banner';
import { AutoInput, AutoSelect, AutoTextArea, type FieldOutcome } from './AutoField';
import { useEditor } from './context';
import { statusLabel } from '../status';
import { fieldOutcome } from './outcome';
import { ikiKeyOf, newIkiId, newRhkId, rhkKeyOf, type RunOutcome } from './session';

type IkiField = 'aspect' | 'indicator' | 'target' | 'unitOfMeasure' | 'direction';
type IkiDrafts = Record<IkiField, string>;

const DIRECTION_SHORT: Readonly<Record<Direction, string>> = {
  HIGHER_IS_BETTER: '↑ Makin tinggi',
  LOWER_IS_BETTER: '↓ Makin rendah',
};
const ASPECT_OPTIONS = ASPECTS.map((value) => ({ value, label: ASPECT_LABELS[value] }));
const DIRECTION_OPTIONS = DIRECTIONS.map((value) => ({ value, label: DIRECTION_SHORT[value] }));
const UNIT_LIST_ID = 'skp-satuan-saran';

function asAspect(text: string): Aspect | null {
  return ASPECTS.find((a) => a === text) ?? null;
}

function asDirection(text: string): Direction | null {
  return DIRECTIONS.find((d) => d === text) ?? null;
}

function findRhk(detail: SkpDetail, id: number | null): RhkDto | undefined {
  return id === null ? undefined : detail.rhk.find((r) => r.id === id);
}

function findIki(detail: SkpDetail, id: number | null): IkiDto | undefined {
  if (id === null) return undefined;
  for (const rhk of detail.rhk) {
    const iki = rhk.iki.find((i) => i.id === id);
    if (iki) return iki;
  }
  return undefined;
}

function ikiValue(iki: IkiDto | undefined, field: IkiField): string {
  if (!iki) return '';
  switch (field) {
    case 'aspect':
      return iki.aspect ?? '';
    case 'indicator':
      return iki.indicator;
    case 'target':
      return iki.targetText;
    case 'unitOfMeasure':
      return iki.unitOfMeasure;
    case 'direction':
      return iki.direction;
  }
}

function isMove(event: KeyboardEvent<HTMLElement>): -1 | 1 | null {
  if (!(event.ctrlKey || event.altKey)) return null;
  if (event.key === 'ArrowUp') return -1;
  if (event.key === 'ArrowDown') return 1;
  return null;
}

function isEnter(event: KeyboardEvent<HTMLElement>): boolean {
  return (
    event.key === 'Enter' &&
    !event.shiftKey &&
    !event.ctrlKey &&
    !event.altKey &&
    !event.nativeEvent.isComposing
  );
}

function swapped(ids: number[], id: number, direction: -1 | 1): number[] | null {
  const index = ids.indexOf(id);
  const other = index + direction;
  if (index < 0 || other < 0 || other >= ids.length) return null;
  const next = [...ids];
  next[index] = ids[other]!;
  next[other] = id;
  return next;
}

function IssueList({ issues }: { issues: SkpIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <ul className="issue-list" data-testid="rhk-issues">
      {issues.map((issue, index) => (
        <li
          key={`${issue.code}-${issue.ikiId ?? issue.rhkId ?? 'x'}-${index}`}
          className={issue.blocksSubmit ? 'issue is-blocking' : 'issue is-warning'}
        >
          <span className="issue-kind">{issue.blocksSubmit ? 'Wajib' : 'Peringatan'}</span>
          {issue.message}
        </li>
      ))}
    </ul>
  );
}

interface IkiRowProps {
  iki: IkiDto | null;
  ikiKey: string;
  rhkKey: string;
  number: number;
  rhkLabel: string;
  /** Keys of this RHK's rows in order (for Enter and the arrows). */
  rowKeys: string[];
  quantitative: boolean;
}

function IkiRow({ iki, ikiKey, rhkKey, number, rhkLabel, rowKeys, quantitative }: IkiRowProps) {
  const { session, detail, focusCell, report } = useEditor();
  const drafts = useRef<IkiDrafts>({
    aspect: iki?.aspect ?? '',
    indicator: iki?.indicator ?? '',
    target: iki?.targetText ?? '',
    unitOfMeasure: iki?.unitOfMeasure ?? '',
    direction: iki?.direction ?? '',
  });
  const skpId = detail.id;
  const firstColumn = quantitative ? 'aspect' : 'indicator';

  const save = async (field: IkiField, text: string): Promise<FieldOutcome> => {
    drafts.current[field] = text;
    const outcome = await session.run(
      `iki:${ikiKey}:${field}`,
      async (version) => {
        const ikiId = session.idOf(ikiKey);
        if (ikiId !== null) {
          switch (field) {
            case 'aspect':
              return rpc('skp.iki.update', { skpId, version, ikiId, aspect: asAspect(text) });
            case 'direction': {
              const direction = asDirection(text);
              return direction
                ? rpc('skp.iki.update', { skpId, version, ikiId, direction })
                : { wait: 'Pilih arah target.' };
            }
            case 'indicator':
              return rpc('skp.iki.update', { skpId, version, ikiId, indicator: text });
            case 'target':
              return rpc('skp.iki.update', { skpId, version, ikiId, target: text });
            case 'unitOfMeasure':
              return rpc('skp.iki.update', { skpId, version, ikiId, unitOfMeasure: text });
          }
        }
        const rhkId = session.idOf(rhkKey);
        if (rhkId === null) return { wait: 'Isi rencana hasil kerja terlebih dahulu.' };
        const d = drafts.current;
        if (d.indicator.trim() === '') return { wait: 'Isi indikator agar baris ini tersimpan.' };
        return rpc('skp.iki.create', {
          skpId,
          version,
          rhkId,
          aspect: asAspect(d.aspect),
          indicator: d.indicator,
          target: d.target,
          unitOfMeasure: d.unitOfMeasure,
          direction: asDirection(d.direction),
        });
      },
      (before, after) => {
        if (session.idOf(ikiKey) !== null) return {};
        const id = newIkiId(before, after);
        return id === null ? {} : { iki: { key: ikiKey, id } };
      },
    );
    return fieldOutcome(outcome, field, (d) => ikiValue(findIki(d, session.idOf(ikiKey)), field));
  };

  const move = (direction: -1 | 1, column: string) => {
    const rhkId = session.idOf(rhkKey);
    const ikiId = session.idOf(ikiKey);
    if (rhkId === null || ikiId === null) return;
    void session
      .run(`iki:${ikiKey}:order`, async (version, current) => {
        const ids = findRhk(current, rhkId)?.iki.map((i) => i.id) ?? [];
        const order = swapped(ids, ikiId, direction);
        return order ? rpc('skp.iki.reorder', { skpId, version, rhkId, ikiIds: order }) : { wait: '' };
      })
      .then((outcome: RunOutcome) => {
        if (outcome.kind === 'error') report(outcome.error.message);
        focusCell(`iki:${ikiKey}:${column}`);
      });
  };

  const remove = () => {
    const ikiId = session.idOf(ikiKey);
    const index = rowKeys.indexOf(ikiKey);
    const neighbour = rowKeys[index + 1] ?? rowKeys[index - 1];
    if (neighbour) focusCell(`iki:${neighbour}:${firstColumn}`);
    if (ikiId === null) {
      session.dropPending(ikiKey);
      return;
    }
    void session
      .run(`iki:${ikiKey}:delete`, (version) => rpc('skp.iki.delete', { skpId, version, ikiId }))
      .then((outcome) => {
        if (outcome.kind === 'error') report(outcome.error.message);
      });
  };

  const onKeyDown = (column: string) => (event: KeyboardEvent<HTMLElement>, commit: () => Promise<void>) => {
    const direction = isMove(event);
    if (direction) {
      event.preventDefault();
      void commit();
      move(direction, column);
      return;
    }
    if (!isEnter(event)) return;
    event.preventDefault();
    void commit();
    const index = rowKeys.indexOf(ikiKey);
    const next = rowKeys[index + 1];
    if (next) {
      focusCell(`iki:${next}:${column}`);
    } else if (iki === null && drafts.current.indicator.trim() === '') {
      focusCell(`iki:${ikiKey}:indicator`);
    } else {
      focusCell(`iki:${session.addPendingIki(rhkKey)}:${firstColumn}`);
    }
  };

  const label = (what: string) => `${what} IKI ${number} ${rhkLabel}`;
  const cell = (column: string) => `iki:${ikiKey}:${column}`;
  return (
    <tr className={iki ? 'iki-row' : 'iki-row is-pending'} data-testid="iki-row">
      <td className="iki-number">{number}</td>
      {quantitative && (
        <td>
          <AutoSelect
            saveKey={cell('aspect')}
            cell={cell('aspect')}
            label={label('Aspek')}
            value={ikiValue(iki ?? undefined, 'aspect')}
            placeholder="— Aspek —"
            options={ASPECT_OPTIONS}
            onSave={(text) => save('aspect', text)}
            onDraft={(text) => (drafts.current.aspect = text)}
            onKeyDown={onKeyDown('aspect')}
          />
        </td>
      )}
      <td>
        <AutoInput
          saveKey={cell('indicator')}
          cell={cell('indicator')}
          label={label('Indikator')}
          value={ikiValue(iki ?? undefined, 'indicator')}
          placeholder="Indikator kinerja individu"
          onSave={(text) => save('indicator', text)}
          onDraft={(text) => (drafts.current.indicator = text)}
          onKeyDown={onKeyDown('indicator')}
        />
      </td>
      <td>
        <AutoInput
          saveKey={cell('target')}
          cell={cell('target')}
          label={label('Target')}
          value={ikiValue(iki ?? undefined, 'target')}
          placeholder={quantitative ? 'mis. 12 / 80 – 90' : '(opsional)'}
          inputMode="decimal"
          onSave={(text) => save('target', text)}
          onDraft={(text) => (drafts.current.target = text)}
          onKeyDown={onKeyDown('target')}
        />
      </td>
      <td>
        <AutoInput
          saveKey={cell('unitOfMeasure')}
          cell={cell('unitOfMeasure')}
          label={label('Satuan')}
          value={ikiValue(iki ?? undefined, 'unitOfMeasure')}
          placeholder="Satuan"
          list={UNIT_LIST_ID}
          onSave={(text) => save('unitOfMeasure', text)}
          onDraft={(text) => (drafts.current.unitOfMeasure = text)}
          onKeyDown={onKeyDown('unitOfMeasure')}
        />
      </td>
      <td>
        <AutoSelect
          saveKey={cell('direction')}
          cell={cell('direction')}
          label={label('Arah target')}
          title={
            iki ? DIRECTION_LABELS[iki.direction] : 'Mengikuti aspek: waktu dan biaya makin rendah makin baik'
          }
          value={ikiValue(iki ?? undefined, 'direction')}
          placeholder={iki ? undefined : 'Sesuai aspek'}
          options={DIRECTION_OPTIONS}
          onSave={(text) => save('direction', text)}
          onDraft={(text) => (drafts.current.direction = text)}
          onKeyDown={onKeyDown('direction')}
        />
      </td>
      <td className="iki-actions">
        <button
          type="button"
          className="mini-button"
          aria-label={label('Naikkan')}
          title="Naikkan (Ctrl/Alt + ↑)"
          disabled={!iki || rowKeys.indexOf(ikiKey) === 0}
          onClick={() => move(-1, firstColumn)}
        >
          ↑
        </button>
        <button
          type="button"
          className="mini-button"
          aria-label={label('Turunkan')}
          title="Turunkan (Ctrl/Alt + ↓)"
          disabled={
            !iki ||
            rowKeys.indexOf(ikiKey) === rowKeys.length - 1 ||
            rowKeys[rowKeys.indexOf(ikiKey) + 1]?.startsWith('new-')
          }
          onClick={() => move(1, firstColumn)}
        >
          ↓
        </button>
        <button
          type="button"
          className="mini-button is-danger"
          aria-label={label('Hapus')}
          title="Hapus IKI"
          onClick={remove}
        >
          ×
        </button>
      </td>
    </tr>
  );
}

function IkiReadRow({ iki, number, quantitative }: { iki: IkiDto; number: number; quantitative: boolean }) {
  return (
    <tr className="iki-row" data-testid="iki-row">
      <td className="iki-number">{number}</td>
      {quantitative && <td>{iki.aspect ? ASPECT_LABELS[iki.aspect] : <span className="muted">—</span>}</td>}
      <td>{iki.indicator}</td>
      <td className="nowrap">{iki.targetText || <span className="muted">—</span>}</td>
      <td>{iki.unitOfMeasure || <span className="muted">—</span>}</td>
      <td className="nowrap" title={DIRECTION_LABELS[iki.direction]}>
        {DIRECTION_SHORT[iki.direction]}
      </td>
    </tr>
  );
}

interface RhkDrafts {
  text: string;
  parentLineage: string;
  external: string;
}

function ParentField({
  rhk,
  rhkKey,
  group,
  label,
  readDrafts,
  setDraft,
}: {
  rhk: RhkDto | null;
  rhkKey: string;
  group: RhkGroup;
  label: string;
  /** The RHK's typed fields, for creating a pending RHK with its atasan RHK. */
  readDrafts: () => RhkDrafts;
  setDraft: (field: keyof RhkDrafts, text: string) => void;
}) {
  const { session, detail, editable, parentOptions } = useEditor();
  const skpId = detail.id;
  const options = parentOptions?.options ?? [];
  const toRhkId = (lineage: string) => options.find((o) => String(o.lineageId) === lineage)?.rhkId ?? null;

  if (!editable) {
    if (rhk?.parent) {
      return (
        <p className="rhk-parent-read">
          <span className="rhk-parent-label">Mengintervensi RHK atasan:</span> {rhk.parent.text}
          {rhk.parent.employeeName && <span className="muted"> ({rhk.parent.employeeName})</span>}
        </p>
      );
    }
    if (rhk?.externalParentText) {
      return (
        <p className="rhk-parent-read">
          <span className="rhk-parent-label">RHK atasan di luar SIPKA:</span> {rhk.externalParentText}
        </p>
      );
    }
    return group === 'UTAMA' ? <p className="rhk-parent-read muted">Belum menginduk RHK atasan.</p> : null;
  }

  const createOrWait = (version: number) => {
    const d = readDrafts();
    if (d.text.trim() === '') return Promise.resolve({ wait: 'Isi rencana hasil kerja agar tersimpan.' });
    return rpc('skp.rhk.create', {
      skpId,
      version,
      group,
      text: d.text,
      parentRhkId: toRhkId(d.parentLineage),
      externalParentText: d.external,
    });
  };
  const created = (before: SkpDetail, after: SkpDetail) => {
    if (session.idOf(rhkKey) !== null) return {};
    const id = newRhkId(before, after);
    return id === null ? {} : { rhk: { key: rhkKey, id } };
  };

  if (parentOptions?.externalParent) {
    const saveExternal = async (text: string): Promise<FieldOutcome> => {
      setDraft('external', text);
      const outcome = await session.run(
        `rhk:${rhkKey}:external`,
        (version) => {
          const rhkId = session.idOf(rhkKey);
          return rhkId === null
            ? createOrWait(version)
            : rpc('skp.rhk.update', { skpId, version, rhkId, externalParentText: text });
        },
        created,
      );
      return fieldOutcome(
        outcome,
        'externalParentText',
        (d) => findRhk(d, session.idOf(rhkKey))?.externalParentText,
      );
    };
    return (
      <div className="rhk-parent">
        <span className="rhk-parent-label">RHK atasan di luar SIPKA</span>
        <AutoTextArea
          saveKey={`rhk:${rhkKey}:external`}
          cell={`rhk:${rhkKey}:parent`}
          label={`RHK atasan di luar SIPKA, ${label}`}
          value={rhk?.externalParentText ?? ''}
          rows={1}
          placeholder="RHK pimpinan yang diintervensi (mis. RHK Sekretaris Daerah)"
          onSave={saveExternal}
          onDraft={(text) => setDraft('external', text)}
        />
      </div>
    );
  }

  const current = rhk?.parent ? String(rhk.parent.lineageId) : '';
  const known = options.some((o) => String(o.lineageId) === current);
  const choices = [
    ...options.map((o) => ({
      value: String(o.lineageId),
      label: `${o.group === 'TAMBAHAN' ? 'Tambahan ' : ''}${o.order}. ${o.text}`,
    })),
    ...(current !== '' && !known && rhk?.parent
      ? [{ value: current, label: `${rhk.parent.text} (bukan RHK pejabat penilai saat ini)`, disabled: true }]
      : []),
  ];
  const saveParent = async (lineage: string): Promise<FieldOutcome> => {
    setDraft('parentLineage', lineage);
    const outcome = await session.run(
      `rhk:${rhkKey}:parent`,
      (version) => {
        const rhkId = session.idOf(rhkKey);
        return rhkId === null
          ? createOrWait(version)
          : rpc('skp.rhk.update', { skpId, version, rhkId, parentRhkId: toRhkId(lineage) });
      },
      created,
    );
    return fieldOutcome(outcome, 'parentRhkId', (d) => {
      const parent = findRhk(d, session.idOf(rhkKey))?.parent;
      return parent ? String(parent.lineageId) : '';
    });
  };
  return (
    <div className="rhk-parent">
      <span className="rhk-parent-label">{group === 'UTAMA' ? 'RHK atasan' : 'RHK atasan (opsional)'}</span>
      {parentOptions?.message && options.length === 0 ? (
        <p className="rhk-parent-message">{parentOptions.message}</p>
      ) : (
        <AutoSelect
          saveKey={`rhk:${rhkKey}:parent`}
          cell={`rhk:${rhkKey}:parent`}
          label={`RHK atasan yang diintervensi, ${label}`}
          value={current}
          placeholder={
            group === 'UTAMA' ? '— Pilih RHK atasan yang diintervensi —' : '— Tidak menginduk RHK atasan —'
          }
          options={choices}
          onSave={saveParent}
          onDraft={(text) => setDraft('parentLineage', text)}
        />
      )}
    </div>
  );
}

function Supporters({ rhk }: { rhk: RhkDto }) {
  if (rhk.supporters.length === 0) return null;
  return (
    <details className="rhk-supporters">
      <summary>Diintervensi oleh {rhk.supporters.length} RHK bawahan</summary>
      <ul>
        {rhk.supporters.map((s) => (
          <li key={s.rhkId}>
            <Link to={`/skp/${s.skpId}`}>{s.employeeName}</Link>: {s.text}
          </li>
        ))}
      </ul>
    </details>
  );
}

interface RhkCardProps {
  rhk: RhkDto | null;
  rhkKey: string;
  group: RhkGroup;
  number: number;
  /** Keys of the group's RHK in order. */
  groupKeys: string[];
  issues: SkpIssue[];
}

function RhkCard({ rhk, rhkKey, group, number, groupKeys, issues }: RhkCardProps) {
  const { session, detail, editable, focusCell, report, parentOptions } = useEditor();
  const state = session.state;
  const parentRhkIdOf = (lineage: string) =>
    parentOptions?.options.find((o) => String(o.lineageId) === lineage)?.rhkId ?? null;
  const [confirming, setConfirming] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const drafts = useRef<RhkDrafts>({
    text: rhk?.text ?? '',
    parentLineage: rhk?.parent ? String(rhk.parent.lineageId) : '',
    external: rhk?.externalParentText ?? '',
  });
  const headingId = useId();
  const skpId = detail.id;
  const quantitative = detail.approach === 'KUANTITATIF';
  const letter = group === 'UTAMA' ? 'A' : 'B';
  const label = `RHK ${RHK_GROUP_LABELS[group].toLowerCase()} ${number}`;
  const firstColumn = quantitative ? 'aspect' : 'indicator';

  const realIki = rhk?.iki ?? [];
  const pendingIki = state.pendingIki.filter((p) => p.rhkKey === rhkKey);
  const rowKeys = [...realIki.map((i) => ikiKeyOf(state, i.id)), ...pendingIki.map((p) => p.key)];

  const saveText = async (text: string): Promise<FieldOutcome> => {
    drafts.current.text = text;
    const outcome = await session.run(
      `rhk:${rhkKey}:text`,
      (version) => {
        const rhkId = session.idOf(rhkKey);
        if (rhkId !== null) return rpc('skp.rhk.update', { skpId, version, rhkId, text });
        if (text.trim() === '') return Promise.resolve({ wait: 'Isi rencana hasil kerja agar tersimpan.' });
        return rpc('skp.rhk.create', {
          skpId,
          version,
          group,
          text,
          parentRhkId: parentRhkIdOf(drafts.current.parentLineage),
          externalParentText: drafts.current.external,
        });
      },
      (before, after) => {
        if (session.idOf(rhkKey) !== null) return {};
        const id = newRhkId(before, after);
        return id === null ? {} : { rhk: { key: rhkKey, id } };
      },
    );
    return fieldOutcome(outcome, 'text', (d) => findRhk(d, session.idOf(rhkKey))?.text);
  };

  const move = (direction: -1 | 1) => {
    const rhkId = session.idOf(rhkKey);
    if (rhkId === null) return;
    void session
      .run(`rhk:${rhkKey}:order`, async (version, current) => {
        const ids = current.rhk.filter((r) => r.group === group).map((r) => r.id);
        const order = swapped(ids, rhkId, direction);
        return order ? rpc('skp.rhk.reorder', { skpId, version, group, rhkIds: order }) : { wait: '' };
      })
      .then((outcome) => {
        if (outcome.kind === 'error') report(outcome.error.message);
        focusCell(`rhk:${rhkKey}:text`);
      });
  };

  const remove = async () => {
    const rhkId = session.idOf(rhkKey);
    if (rhkId === null) {
      session.dropPending(rhkKey);
      setConfirming(false);
      return;
    }
    const outcome = await session.run(`rhk:${rhkKey}:delete`, (version) =>
      rpc('skp.rhk.delete', { skpId, version, rhkId }),
    );
    if (outcome.kind === 'error') setDeleteError(outcome.error.message);
    else setConfirming(false);
  };

  const onTextKey = (event: KeyboardEvent<HTMLElement>, commit: () => Promise<void>) => {
    const direction = isMove(event);
    if (direction) {
      event.preventDefault();
      void commit();
      move(direction);
      return;
    }
    if (!isEnter(event)) return;
    event.preventDefault();
    void commit();
    const first = rowKeys[0];
    focusCell(`iki:${first ?? session.addPendingIki(rhkKey)}:${firstColumn}`);
  };

  const index = groupKeys.indexOf(rhkKey);
  return (
    <li
      className={rhk ? 'rhk-card' : 'rhk-card is-pending'}
      data-testid="rhk-card"
      data-group={group}
      aria-labelledby={headingId}
    >
      <div className="rhk-head">
        <span className="rhk-number" id={headingId} aria-label={label}>
          {letter}.{number}
        </span>
        <div className="rhk-body">
          {editable ? (
            <AutoTextArea
              saveKey={`rhk:${rhkKey}:text`}
              cell={`rhk:${rhkKey}:text`}
              label={`Rencana hasil kerja, ${label}`}
              value={rhk?.text ?? ''}
              placeholder="Rencana hasil kerja (mis. Terselenggaranya pelayanan …)"
              onSave={saveText}
              onDraft={(text) => (drafts.current.text = text)}
              onKeyDown={onTextKey}
              className="rhk-text-field"
            />
          ) : (
            <p className="rhk-text" data-testid="rhk-text">
              {rhk?.text}
            </p>
          )}
          <ParentField
            rhk={rhk}
            rhkKey={rhkKey}
            group={group}
            label={label}
            readDrafts={() => drafts.current}
            setDraft={(field, text) => {
              drafts.current[field] = text;
            }}
          />
        </div>
        {editable && (
          <div className="rhk-actions">
            <button
              type="button"
              className="mini-button"
              aria-label={`Naikkan ${label}`}
              title="Naikkan (Ctrl/Alt + ↑ di teks RHK)"
              disabled={!rhk || index === 0}
              onClick={() => move(-1)}
            >
              ↑
            </button>
            <button
              type="button"
              className="mini-button"
              aria-label={`Turunkan ${label}`}
              title="Turunkan (Ctrl/Alt + ↓ di teks RHK)"
              disabled={!rhk || index === groupKeys.length - 1 || groupKeys[index + 1]?.startsWith('new-')}
              onClick={() => move(1)}
            >
              ↓
            </button>
            <button
              type="button"
              className="mini-button is-danger"
              aria-label={`Hapus ${label}`}
              title="Hapus RHK"
              onClick={() => {
                setDeleteError(null);
                if (rhk) setConfirming(true);
                else session.dropPending(rhkKey);
              }}
            >
              ×
            </button>
          </div>
        )}
      </div>
      <IssueList issues={issues} />
      {rhk && <Supporters rhk={rhk} />}
      <table className="iki-table">
        <caption className="visually-hidden">Indikator kinerja individu {label}</caption>
        <colgroup>
          <col className="col-number" />
          {quantitative && <col className="col-aspect" />}
          <col className="col-indicator" />
          <col className="col-target" />
          <col className="col-unit" />
          <col className="col-direction" />
          {editable && <col className="col-actions" />}
        </colgroup>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">Nomor</span>
            </th>
            {quantitative && <th scope="col">Aspek</th>}
            <th scope="col">Indikator kinerja individu</th>
            <th scope="col">Target</th>
            <th scope="col">Satuan</th>
            <th scope="col">Arah</th>
            {editable && (
              <th scope="col">
                <span className="visually-hidden">Tindakan</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {editable
            ? [
                ...realIki.map((iki, i) => (
                  <IkiRow
                    key={ikiKeyOf(state, iki.id)}
                    iki={iki}
                    ikiKey={ikiKeyOf(state, iki.id)}
                    rhkKey={rhkKey}
                    number={i + 1}
                    rhkLabel={label}
                    rowKeys={rowKeys}
                    quantitative={quantitative}
                  />
                )),
                ...pendingIki.map((pending, i) => (
                  <IkiRow
                    key={pending.key}
                    iki={null}
                    ikiKey={pending.key}
                    rhkKey={rhkKey}
                    number={realIki.length + i + 1}
                    rhkLabel={label}
                    rowKeys={rowKeys}
                    quantitative={quantitative}
                  />
                )),
              ]
            : realIki.map((iki, i) => (
                <IkiReadRow key={iki.id} iki={iki} number={i + 1} quantitative={quantitative} />
              ))}
          {rowKeys.length === 0 && (
            <tr>
              <td colSpan={editable ? 7 : 6} className="muted iki-empty">
                Belum ada IKI.
              </td>
            </tr>
          )}
        </tbody>
      </table>
      {editable && (
        <button
          type="button"
          className="btn btn-link btn-small add-iki"
          onClick={() => focusCell(`iki:${session.addPendingIki(rhkKey)}:${firstColumn}`)}
          data-testid="iki-add"
        >
          + Tambah IKI
        </button>
      )}
      <Dialog open={confirming} title="Hapus RHK" size="small" onClose={() => setConfirming(false)}>
        <div className="form-stack">
          <p>
            Hapus RHK “{rhk?.text}” beserta {realIki.length} IKI-nya? RHK yang masih diintervensi RHK bawahan
            tidak dapat dihapus.
          </p>
          <ErrorBanner message={deleteError} />
          <div className="dialog-actions">
            <button type="button" className="btn btn-secondary" onClick={() => setConfirming(false)}>
              Batal
            </button>
            <button
              type="button"
              className="btn btn-danger"
              onClick={() => void remove()}
              data-testid="rhk-delete-confirm"
            >
              Hapus RHK
            </button>
          </div>
        </div>
      </Dialog>
    </li>
  );
}

function RhkGroupBlock({ group }: { group: RhkGroup }) {
  const { session, detail, editable, focusCell } = useEditor();
  const state = session.state;
  const real = detail.rhk.filter((r) => r.group === group);
  const pending = state.pendingRhk.filter((p) => p.group === group);
  const keys = [...real.map((r) => rhkKeyOf(state, r.id)), ...pending.map((p) => p.key)];
  const headingId = useId();
  const letter = group === 'UTAMA' ? 'A' : 'B';

  const add = () => {
    const key = session.addPendingRhk(group);
    session.addPendingIki(key);
    focusCell(`rhk:${key}:text`);
  };

  return (
    <section className="rhk-group" aria-labelledby={headingId} data-testid={`rhk-group-${group}`}>
      <div className="rhk-group-head">
        <h3 id={headingId}>
          {letter}. {group === 'UTAMA' ? 'Utama' : 'Tambahan'}
        </h3>
        {editable && (
          <button
            type="button"
            className="btn btn-secondary btn-small"
            onClick={add}
            data-testid={`rhk-add-${group}`}
          >
            + Tambah RHK {group === 'UTAMA' ? 'utama' : 'tambahan'}
          </button>
        )}
      </div>
      {keys.length === 0 ? (
        <p className="muted rhk-empty">
          {group === 'UTAMA' ? 'Belum ada RHK utama.' : 'Tidak ada RHK tambahan.'}
        </p>
      ) : (
        <ol className="rhk-list">
          {[
            ...real.map((rhk, i) => (
              <RhkCard
                key={rhkKeyOf(state, rhk.id)}
                rhk={rhk}
                rhkKey={rhkKeyOf(state, rhk.id)}
                group={group}
                number={i + 1}
                groupKeys={keys}
                issues={detail.issues.filter((issue) => issue.rhkId === rhk.id)}
              />
            )),
            // One list with the real rows: a pending row that gets created keeps its key, so it is not remounted.
            ...pending.map((p, i) => (
              <RhkCard
                key={p.key}
                rhk={null}
                rhkKey={p.key}
                group={group}
                number={real.length + i + 1}
                groupKeys={keys}
                issues={[]}
              />
            )),
          ]}
        </ol>
      )}
    </section>
  );
}

export function KeyboardHint() {
  return (
    <details className="shortcut-hint">
      <summary>Pintasan keyboard</summary>
      <ul>
        <li>
          <kbd>Tab</kbd> / <kbd>Shift</kbd>+<kbd>Tab</kbd>: kolom berikutnya / sebelumnya
        </li>
        <li>
          <kbd>Enter</kbd> pada teks RHK: ke IKI pertama; <kbd>Shift</kbd>+<kbd>Enter</kbd>: baris baru dalam
          teks
        </li>
        <li>
          <kbd>Enter</kbd> pada baris IKI: ke baris berikutnya; di baris terakhir menambah baris IKI
        </li>
        <li>
          <kbd>Ctrl</kbd> atau <kbd>Alt</kbd> + <kbd>↑</kbd>/<kbd>↓</kbd>: memindahkan RHK (di teks RHK) atau
          IKI (di baris IKI)
        </li>
        <li>Perubahan tersimpan sendiri saat berhenti mengetik atau pindah kolom.</li>
      </ul>
    </details>
  );
}

/** Whose SKP the Utama RHK intervene, so the picker's list needs no explanation. */
function AppraiserNote() {
  const { detail, editable, parentOptions } = useEditor();
  if (!editable) return null;
  if (parentOptions?.externalParent) {
    return (
      <p className="card-note">Pejabat penilai berada di luar SIPKA: tulis RHK atasan yang diintervensi.</p>
    );
  }
  const skp = parentOptions?.appraiserSkp ?? detail.appraiserSkp;
  if (!detail.appraiser) return null;
  return (
    <p className="card-note" data-testid="appraiser-skp-note">
      RHK utama mengintervensi RHK pada{' '}
      {skp ? (
        <Link to={`/skp/${skp.id}`}>SKP {detail.appraiser.fullName}</Link>
      ) : (
        `SKP ${detail.appraiser.fullName}`
      )}{' '}
      (pejabat penilai) tahun {detail.year.year}
      {skp ? ` · ${statusLabel(skp.status).toLowerCase()}` : ': belum ada'}.
    </p>
  );
}

export function HasilKerja({ approachControl }: { approachControl?: ReactNode }) {
  const { detail, editable } = useEditor();
  const general = detail.issues.filter((issue) => issue.rhkId === null);
  return (
    <section className="card skp-section" aria-labelledby="bagian-hasil-kerja">
      <div className="skp-section-head">
        <h2 id="bagian-hasil-kerja">Hasil kerja</h2>
        <div className="skp-section-tools">
          {editable ? (
            approachControl
          ) : (
            <span className="muted">Pendekatan {APPROACH_LABELS[detail.approach].toLowerCase()}</span>
          )}
          {editable && <KeyboardHint />}
        </div>
      </div>
      <AppraiserNote />
      <IssueList issues={general} />
      <RhkGroupBlock group="UTAMA" />
      <RhkGroupBlock group="TAMBAHAN" />
      <datalist id={UNIT_LIST_ID}>
        {UNIT_OF_MEASURE_SUGGESTIONS.map((unit) => (
          <option key={unit} value={unit} />
        ))}
      </datalist>
    </section>
  );
}
