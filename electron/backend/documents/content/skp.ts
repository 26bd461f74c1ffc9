import { approachLine, documentFileName, formAudienceLine } from '../../../../shared/domain/documents';
import { isEditableStatus } from '../../../../shared/domain/skp';
import type { RequestContext } from '../../context';
import { conflict, notFound } from '../../errors';
import { findRevision, findSkp, revisionsOf, type RevisionRow, type SkpRow } from '../../skp/queries';
import { liveIdentity } from '../../skp/snapshot';
import {
  periodRangeUpper,
  positionTypeOf,
  printedBehaviour,
  printedPerson,
  printedPersonOrNull,
  printedRhk,
  signatureDate,
} from './common';
import type { DocumentContent, FormHeader, PrintedPerson } from './types';

export const DRAFT_QUESTION = 'SKP masih berupa draf; cetak sebagai draf?';

export function requireSkp(ctx: RequestContext, skpId: number): SkpRow {
  const skp = findSkp(ctx.sql, skpId);
  if (!skp) throw notFound('SKP tidak ditemukan.');
  return skp;
}

/** The revision asked for, else the one in force (the latest before any approval). */
export function pickRevision(ctx: RequestContext, skp: SkpRow, revisionNumber?: number): RevisionRow {
  if (revisionNumber !== undefined) {
    const revision = revisionsOf(ctx.sql, skp.id).find((r) => r.number === revisionNumber);
    if (!revision) throw notFound(`Revisi ${revisionNumber} SKP ini tidak ditemukan.`);
    return revision;
  }
  const revision = findRevision(ctx.sql, skp.effectiveRevisionId);
  if (!revision) throw notFound('SKP tidak ditemukan.');
  return revision;
}

export interface Parties {
  employee: PrintedPerson;
  appraiser: PrintedPerson | null;
  appraiserSupervisor: PrintedPerson | null;
  instansiName: string;
}

/**
 * Who the document names: the revision's snapshots once it left the editable states (submitted, approved), the
 * register while it is still a draft (as the SKP screen shows it).
 */
export function partiesOf(ctx: RequestContext, skp: SkpRow, revision: RevisionRow): Parties {
  if (isEditableStatus(revision.status)) {
    const live = liveIdentity(ctx.sql, skp.employeeId);
    if (live) {
      return {
        employee: printedPerson(live.employee),
        appraiser: printedPersonOrNull(live.appraiser),
        appraiserSupervisor: printedPersonOrNull(live.appraiserSupervisor),
        instansiName: live.instansiName || live.officeName,
      };
    }
  }
  return {
    employee: printedPerson(revision.employeeSnapshot),
    appraiser: printedPersonOrNull(revision.appraiserSnapshot),
    appraiserSupervisor: printedPersonOrNull(revision.appraiserSupervisorSnapshot),
    instansiName: revision.instansiName || revision.officeName,
  };
}

export function formHeader(
  ctx: RequestContext,
  first: string,
  revision: RevisionRow,
  parties: Parties,
  range: { startDate: string; endDate: string },
): FormHeader {
  return {
    titleLines: [
      first,
      approachLine(revision.approach),
      formAudienceLine(positionTypeOf(ctx.sql, revision.employeeSnapshot)),
    ],
    instansiName: parties.instansiName,
    periodLine: `PERIODE PENILAIAN: ${periodRangeUpper(range.startDate, range.endDate)}`,
  };
}

/** The SKP with its Lampiran: the revision in force (or the one asked for); a draft only when allowed. */
export function loadSkpContent(
  ctx: RequestContext,
  request: { skpId: number; revisionNumber?: number },
  options: { allowDraft: boolean },
): DocumentContent {
  const skp = requireSkp(ctx, request.skpId);
  const revision = pickRevision(ctx, skp, request.revisionNumber);
  const isDraft = revision.status !== 'DISETUJUI';
  if (isDraft && !options.allowDraft) throw conflict(DRAFT_QUESTION);
  const parties = partiesOf(ctx, skp, revision);
  const rhk = printedRhk(ctx.sql, revision).map(({ lineageId, ikiLineages, ...r }) => {
    void lineageId;
    void ikiLineages;
    return r;
  });
  const dated = revision.decidedAt ?? revision.submittedAt ?? revision.createdAt;
  return {
    kind: 'SKP',
    title: `SKP ${skp.year} ${parties.employee.fullName}${revision.number > 1 ? ` (revisi ${revision.number})` : ''}`,
    fileName: documentFileName({
      kind: 'SKP',
      year: skp.year,
      nip: parties.employee.nip,
      name: parties.employee.fullName,
    }),
    recordRevision: revision.number,
    employeeId: skp.employeeId,
    skpId: skp.id,
    skpRevisionId: revision.id,
    periodId: null,
    unitId: revision.employeeUnitId,
    isDraft,
    body: {
      kind: 'SKP',
      header: formHeader(ctx, 'SASARAN KINERJA PEGAWAI', revision, parties, skp),
      approach: revision.approach,
      employee: parties.employee,
      appraiser: parties.appraiser,
      rhk,
      behaviour: printedBehaviour(revision),
      lampiran: {
        resources: revision.resources,
        accountability: revision.accountability,
        consequences: revision.consequences,
      },
      signature: signatureDate(dated),
    },
  };
}
