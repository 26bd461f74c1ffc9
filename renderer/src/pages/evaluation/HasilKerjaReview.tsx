import { Fragment, useState } from 'react';
import { Link } from 'react-router';
import { formatCapaian } from '../../../../shared/domain/capaian';
import { RHK_GROUP_LABELS } from '../../../../shared/domain/skp';
import type { EvidenceDto, RealisasiSheet } from '../../../../shared/ipc/methods/realisasi';
import { EvidenceList } from '../../components/evidence/EvidenceList';
import { EvidencePreviewDialog } from '../../components/evidence/EvidencePreview';
import { FeedbackBox, FeedbackFeed } from './Feedback';
import { CAPAIAN_LABEL, enteredByText, realisasiText } from './labels';

interface ReviewProps {
  sheet: RealisasiSheet;
  canGiveFeedback: boolean;
  onDirty: (key: string, dirty: boolean) => void;
}

/** Per RHK: its IKI with target, realisasi, capaian (a helper only) and bukti, then the umpan balik on it. */
export function HasilKerjaReview({ sheet, canGiveFeedback, onDirty }: ReviewProps) {
  const [preview, setPreview] = useState<EvidenceDto | null>(null);
  const at = { skpId: sheet.skpId, periodId: sheet.period.id };
  return (
    <section className="card eval-section" aria-labelledby="eval-hasil-kerja">
      <div className="skp-section-head">
        <h2 id="eval-hasil-kerja">Hasil kerja</h2>
        <span className="muted eval-section-meta">
          {sheet.filledCount} dari {sheet.ikiCount} IKI terisi ·{' '}
          <Link to={`/realisasi?tahun=${sheet.year.year}&periode=${sheet.period.id}&skp=${sheet.skpId}`}>
            Buka di halaman Realisasi
          </Link>
        </span>
      </div>
      {sheet.rhk.length === 0 && <p className="muted">SKP ini belum memiliki rencana hasil kerja.</p>}
      <ol className="eval-rhk-list">
        {sheet.rhk.map((rhk) => {
          const feedback = sheet.feedback.filter((f) => f.rhkLineageId === rhk.rhkLineageId);
          const about = `RHK ${RHK_GROUP_LABELS[rhk.group].toLowerCase()} ${rhk.order}`;
          return (
            <li
              key={rhk.rhkLineageId}
              className="rhk-card eval-rhk"
              data-group={rhk.group}
              data-testid="eval-rhk"
            >
              <div className="eval-rhk-head">
                <span className="eval-rhk-number">
                  {RHK_GROUP_LABELS[rhk.group]} {rhk.order}
                </span>
                <div>
                  <p className="rhk-text eval-rhk-text">{rhk.text}</p>
                  {rhk.parentText && <p className="eval-rhk-parent">Mengintervensi: {rhk.parentText}</p>}
                </div>
              </div>
              <table className="iki-table eval-iki-table">
                <colgroup>
                  <col />
                  <col className="ecol-target" />
                  <col className="ecol-real" />
                  <col className="ecol-capaian" />
                </colgroup>
                <thead>
                  <tr>
                    <th scope="col">Indikator kinerja individu</th>
                    <th scope="col">Target</th>
                    <th scope="col">Realisasi</th>
                    <th scope="col" className="num">
                      {CAPAIAN_LABEL}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rhk.iki.map((iki) => (
                    <Fragment key={iki.ikiLineageId}>
                      <tr data-testid="eval-iki">
                        <td>{iki.indicator}</td>
                        <td>
                          {iki.targetText || '–'} {iki.unitOfMeasure}
                        </td>
                        <td>
                          <span className="eval-real" data-testid="eval-realisasi">
                            {iki.entry?.value === null || !iki.entry
                              ? '–'
                              : `${realisasiText(iki.entry.value)} ${iki.unitOfMeasure}`}
                          </span>
                          {iki.entry?.note && <span className="eval-note">{iki.entry.note}</span>}
                          {iki.entry && <span className="entered-by">{enteredByText(iki.entry)}</span>}
                          {iki.evidence.length === 0 && (
                            <span className="eval-no-evidence">Tanpa bukti dukung</span>
                          )}
                        </td>
                        <td className="num" data-testid="eval-capaian">
                          {formatCapaian(iki.capaian)}
                        </td>
                      </tr>
                      {iki.evidence.length > 0 && (
                        <tr className="eval-evidence-row">
                          <td colSpan={4}>
                            <span className="eval-evidence-label">Bukti dukung</span>
                            <EvidenceList evidence={iki.evidence} onPreview={setPreview} />
                          </td>
                        </tr>
                      )}
                    </Fragment>
                  ))}
                </tbody>
              </table>
              <div className="eval-feedback">
                <h3 className="eval-feedback-title">Umpan balik ({feedback.length})</h3>
                <FeedbackFeed items={feedback} />
                {canGiveFeedback && (
                  <FeedbackBox
                    skpId={sheet.skpId}
                    periodId={sheet.period.id}
                    target={{ rhkLineageId: rhk.rhkLineageId }}
                    about={about}
                    onDirty={(dirty) => onDirty(`rhk:${rhk.rhkLineageId}`, dirty)}
                    testId="feedback-rhk"
                  />
                )}
              </div>
            </li>
          );
        })}
      </ol>
      <EvidencePreviewDialog at={at} evidence={preview} onClose={() => setPreview(null)} />
    </section>
  );
}
