import { CORE_VALUES } from '../../../shared/domain/behaviour';
import { formatDateRangeId } from '../../../shared/domain/periods';
import { isEditableStatus, reviewSkp } from '../../../shared/domain/skp';
import type {
  PersonSnapshot,
  RhkDto,
  RhkParentRef,
  SkpCapabilities,
  SkpDetail,
  SkpRevisionInfo,
  SkpSummaryRef,
} from '../../../shared/ipc/methods/skp';
import type { RequestContext } from '../context';
import { notFound } from '../errors';
import { toYearRef } from '../years/queries';
import { lockOf, powersOver, requireSkp, type Powers } from './guard';
import { resolveLineages, supportersOf } from './links';
import {
  ikiByRhk,
  ikiOfRevision,
  pickSkp,
  revisionsOf,
  rhkOfRevision,
  skpSummaries,
  type RevisionRow,
  type SkpRow,
} from './queries';
import { liveIdentity } from './snapshot';

function revisionInfo(revision: RevisionRow, skp: SkpRow): SkpRevisionInfo {
  return {
    id: revision.id,
    number: revision.number,
    status: revision.status,
    reason: revision.reason,
    createdAt: revision.createdAt,
    createdBy: revision.createdBy,
    submittedAt: revision.submittedAt,
    submittedBy: revision.submittedBy,
    decidedAt: revision.decidedAt,
    decidedBy: revision.decidedBy,
    decidedOnBehalfOf: revision.decidedOnBehalfOf,
    decisionNote: revision.decisionNote,
    inForce: revision.id === skp.approvedRevisionId,
  };
}

function capabilities(skp: SkpRow, latest: RevisionRow, shown: RevisionRow, p: Powers): SkpCapabilities {
  const open = skp.yearStatus === 'OPEN';
  const owner = p.hr || p.self;
  const isLatest = shown.id === latest.id;
  const editable = open && isLatest && isEditableStatus(latest.status) && owner;
  const deciding = open && isLatest && latest.status === 'DIAJUKAN' && !p.self && (p.appraiser || p.admin);
  return {
    edit: editable,
    setDates: open && (p.hr || (p.self && isEditableStatus(latest.status))),
    submit: editable,
    withdraw: open && isLatest && latest.status === 'DIAJUKAN' && owner,
    approve: deciding,
    return: deciding,
    decideOnBehalf: deciding && !p.appraiser,
    setExpectations: open && isLatest && latest.status !== 'DISETUJUI' && (p.hr || p.appraiser),
    revise: open && isLatest && latest.status === 'DISETUJUI' && owner,
    discardRevision: open && isLatest && latest.number > 1 && latest.status !== 'DISETUJUI' && owner,
    delete: editable && skp.approvedRevisionId === null,
  };
}

interface ShownIdentity {
  employee: PersonSnapshot;
  appraiser: PersonSnapshot | null;
  appraiserSupervisor: PersonSnapshot | null;
  officeName: string;
  instansiName: string;
  frozen: boolean;
}

/** A revision being edited shows the register as it is now; a submitted one shows what it froze. */
function shownIdentity(ctx: RequestContext, skp: SkpRow, revision: RevisionRow): ShownIdentity {
  const live =
    skp.yearStatus === 'OPEN' && revision.id === skp.currentRevisionId && isEditableStatus(revision.status)
      ? liveIdentity(ctx.sql, skp.employeeId)
      : undefined;
  if (live) {
    const { employeeUnitId: _unit, ...identity } = live;
    return { ...identity, frozen: false };
  }
  return {
    employee: revision.employeeSnapshot,
    appraiser: revision.appraiserSnapshot,
    appraiserSupervisor: revision.appraiserSupervisorSnapshot,
    officeName: revision.officeName,
    instansiName: revision.instansiName,
    frozen: true,
  };
}

/** The pejabat penilai's SKP of the year that sits beside this one (overlapping its dates). */
export function appraiserSkpOf(
  ctx: RequestContext,
  skp: SkpRow,
  appraiserEmployeeId: number | null,
): SkpSummaryRef | null {
  if (appraiserEmployeeId === null) return null;
  return pickSkp(skpSummaries(ctx.sql, skp.yearId, [appraiserEmployeeId]), skp) ?? null;
}

/** Everything the SKP page shows, for the latest revision or an earlier one (`revisionNumber`). */
export function skpDetail(
  ctx: RequestContext,
  skpId: number,
  revisionNumber: number | null = null,
): SkpDetail {
  const skp = requireSkp(ctx, skpId);
  const revisions = revisionsOf(ctx.sql, skp.id);
  const latest = revisions.find((r) => r.id === skp.currentRevisionId)!;
  const shown = revisionNumber === null ? latest : revisions.find((r) => r.number === revisionNumber);
  if (!shown) throw notFound(`Revisi ${revisionNumber} dari SKP ini tidak ada.`);

  const identity = shownIdentity(ctx, skp, shown);
  const appraiserId = identity.appraiser?.employeeId ?? null;
  const rows = rhkOfRevision(ctx.sql, shown.id);
  const iki = ikiByRhk(ikiOfRevision(ctx.sql, shown.id));
  const parents = resolveLineages(
    ctx.sql,
    rows.flatMap((r) => (r.parentLineageId === null ? [] : [r.parentLineageId])),
  );
  const supporters = supportersOf(
    ctx.sql,
    rows.map((r) => r.lineageId),
  );

  const rhk: RhkDto[] = rows.map((row) => {
    const resolved = row.parentLineageId === null ? undefined : parents.get(row.parentLineageId);
    // A lineage resolves while any bawahan names it (deleting it is refused); ids 0 only if the data is damaged.
    const parent: RhkParentRef | null =
      row.parentLineageId === null
        ? null
        : {
            rhkId: resolved?.rhkId ?? 0,
            lineageId: row.parentLineageId,
            skpId: resolved?.skpId ?? 0,
            employeeId: resolved?.employeeId ?? 0,
            employeeName: resolved?.employeeName ?? '',
            positionName: resolved?.positionName ?? '',
            group: resolved?.group ?? 'UTAMA',
            // A frozen revision prints the atasan RHK as it was when submitted.
            text: identity.frozen ? row.parentText : (resolved?.text ?? row.parentText),
            ofCurrentAppraiser:
              resolved !== undefined && resolved.employeeId === appraiserId && resolved.yearId === skp.yearId,
          };
    return {
      id: row.id,
      lineageId: row.lineageId,
      group: row.group,
      order: row.order,
      text: row.text,
      parent,
      externalParentText: row.externalParentText,
      iki: iki.get(row.id) ?? [],
      supporters: supporters.get(row.lineageId) ?? [],
    };
  });

  const appraiserSkp = appraiserSkpOf(ctx, skp, appraiserId);
  const issues = reviewSkp({
    approach: shown.approach,
    appraiserName: identity.appraiser?.fullName ?? null,
    appraiserHasSkp: appraiserSkp !== null,
    year: skp.year,
    rhk: rhk.map((r) => ({
      id: r.id,
      group: r.group,
      text: r.text,
      parent: r.parent && { ofCurrentAppraiser: r.parent.ofCurrentAppraiser },
      iki: r.iki,
    })),
  });

  return {
    id: skp.id,
    version: skp.version,
    year: toYearRef({ id: skp.yearId, year: skp.year, periodType: skp.periodType, status: skp.yearStatus }),
    employeeId: skp.employeeId,
    startDate: skp.startDate,
    endDate: skp.endDate,
    rangeLabel: formatDateRangeId(skp.startDate, skp.endDate),
    approach: shown.approach,
    status: shown.status,
    revision: revisionInfo(shown, skp),
    revisions: revisions.map((r) => revisionInfo(r, skp)),
    inForceRevision: revisions.find((r) => r.id === skp.approvedRevisionId)?.number ?? null,
    latestRevision: latest.number,
    employee: identity.employee,
    appraiser: identity.appraiser,
    appraiserSupervisor: identity.appraiserSupervisor,
    officeName: identity.officeName,
    instansiName: identity.instansiName,
    identityFrozen: identity.frozen,
    appraiserSkp,
    rhk,
    behaviour: CORE_VALUES.map((value) => ({
      code: value.code,
      name: value.name,
      meaning: value.meaning,
      guides: value.guides,
      specialExpectation: shown.expectations[value.code] ?? '',
    })),
    lampiran: {
      resources: shown.resources,
      accountability: shown.accountability,
      consequences: shown.consequences,
    },
    issues,
    lock: lockOf(skp, shown),
    can: capabilities(skp, latest, shown, powersOver(ctx, skp.employeeId)),
    updatedAt: skp.updatedAt,
  };
}
