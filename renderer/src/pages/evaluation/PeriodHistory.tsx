import { formatCapaian } from '../../../../shared/domain/capaian';
import { coreValue } from '../../../../shared/domain/behaviour';
import type { PeriodicHistoryRow } from '../../../../shared/ipc/methods/evaluation';
import type { RealisasiRhkRow } from '../../../../shared/ipc/methods/realisasi';
import { RHK_GROUP_LABELS } from '../../../../shared/domain/skp';
import { formatShortTimestamp } from '../../lib/format';
import { EvaluationChip, RATING_SHORT } from './labels';

function aboutOf(rhkLineageId: number | null, rhk: RealisasiRhkRow[], value: string | null): string {
  if (rhkLineageId !== null) {
    const found = rhk.find((r) => r.rhkLineageId === rhkLineageId);
    return found ? `${RHK_GROUP_LABELS[found.group]} ${found.order}` : 'RHK';
  }
  return value ?? '';
}

/** For the annual rating: how each periodic period went, as support for the penilai's judgement. */
export function PeriodHistory({ rows, rhk }: { rows: PeriodicHistoryRow[]; rhk: RealisasiRhkRow[] }) {
  return (
    <section className="card eval-section" aria-labelledby="eval-history" data-testid="period-history">
      <div className="skp-section-head">
        <h2 id="eval-history">Riwayat periode (bahan penilaian akhir)</h2>
      </div>
      <div className="table-scroll">
        <table className="table history-table">
          <thead>
            <tr>
              <th scope="col">Periode</th>
              <th scope="col">
                Rating hasil
                <br />· perilaku
              </th>
              <th scope="col">Predikat</th>
              <th scope="col" className="num">
                Capaian
                <br />
                (alat bantu)
              </th>
              <th scope="col">Umpan balik</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const e = row.evaluation;
              return (
                <tr key={row.period.id} data-testid="history-period">
                  <th scope="row">
                    <span className="cell-stack">
                      <span>{row.period.shortLabel}</span>
                      <span className="cell-secondary">{row.period.rangeLabel}</span>
                    </span>
                  </th>
                  <td className="nowrap">
                    {e?.ratingHasil && e.ratingPerilaku
                      ? `${RATING_SHORT[e.ratingHasil]} · ${RATING_SHORT[e.ratingPerilaku]}`
                      : '–'}
                  </td>
                  <td>
                    {e ? <EvaluationChip evaluation={e} /> : <span className="muted">Belum dinilai</span>}
                  </td>
                  <td className="num">{formatCapaian(row.averageCapaian)}</td>
                  <td>
                    {row.feedback.length === 0 ? (
                      <span className="muted">–</span>
                    ) : (
                      <details className="history-feedback">
                        <summary>{row.feedback.length} umpan balik</summary>
                        <ul>
                          {row.feedback.map((f) => (
                            <li key={f.id}>
                              <span className="history-feedback-about">
                                {aboutOf(
                                  f.rhkLineageId,
                                  rhk,
                                  f.coreValue ? coreValue(f.coreValue).name : null,
                                )}
                              </span>{' '}
                              {f.text}{' '}
                              <span className="muted">
                                ({f.authorName}, {formatShortTimestamp(f.at)})
                              </span>
                            </li>
                          ))}
                        </ul>
                      </details>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
