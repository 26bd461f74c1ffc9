import { formatNip } from '../../../../shared/domain/nip';
import { ORG_RATING_LABELS, PREDIKATS, PREDIKAT_LABELS } from '../../../../shared/domain/predikat';
import { EXCLUSION_REASON_LABELS, type FinalisationDto } from '../../../../shared/ipc/methods/evaluation';
import { formatShortTimestamp } from '../../lib/format';
import { PredikatChip, RATING_SHORT } from '../evaluation/labels';

function Recap({ item }: { item: FinalisationDto }) {
  const { recap } = item;
  return (
    <div className="recap" data-testid="recap">
      <p>
        Capaian organisasi:{' '}
        <strong>{recap.orgRating ? ORG_RATING_LABELS[recap.orgRating] : 'belum ditetapkan'}</strong>
        {' · '}
        {PREDIKATS.map((p) => `${PREDIKAT_LABELS[p]} ${recap.counts[p]}`).join(' · ')}
      </p>
      {recap.violations.length > 0 && (
        <ul className="recap-violations">
          {recap.violations.map((v) => (
            <li key={v.code}>
              {v.message} (diperlukan {v.required}, kenyataan {v.actual})
            </li>
          ))}
        </ul>
      )}
      {item.deviationReason && (
        <p>
          <strong>Alasan penyimpangan:</strong> {item.deviationReason}
        </p>
      )}
      {item.reopenedAt && (
        <p>
          <strong>Dibuka untuk koreksi</strong> oleh {item.reopenedBy ?? '—'},{' '}
          {formatShortTimestamp(item.reopenedAt)}: {item.reopenReason}
        </p>
      )}
      <div className="table-scroll recap-scroll">
        <table className="table recap-table">
          <thead>
            <tr>
              <th scope="col">Pegawai</th>
              <th scope="col">Jabatan</th>
              <th scope="col">Hasil · perilaku</th>
              <th scope="col">Predikat</th>
            </tr>
          </thead>
          <tbody>
            {recap.rows.map((row) => (
              <tr key={row.skpId}>
                <td>
                  <span className="cell-stack">
                    <span>{row.fullName}</span>
                    <span className="cell-secondary nip">{formatNip(row.nip)}</span>
                  </span>
                </td>
                <td>{row.positionName}</td>
                <td className="nowrap">
                  {row.ratingHasil && row.ratingPerilaku
                    ? `${RATING_SHORT[row.ratingHasil]} · ${RATING_SHORT[row.ratingPerilaku]}`
                    : '–'}
                </td>
                <td>
                  {row.excludedReason ? (
                    <span className="badge badge-muted">
                      Dikecualikan: {EXCLUSION_REASON_LABELS[row.excludedReason]}
                    </span>
                  ) : row.predikat ? (
                    <PredikatChip predikat={row.predikat} />
                  ) : (
                    '–'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** Every finalisation of the period, newest first; a corrected one stays readable as it was. */
export function FinalisationHistory({ items }: { items: FinalisationDto[] }) {
  if (items.length === 0) return null;
  return (
    <section className="card" aria-labelledby="finalisation-history-title" data-testid="finalisation-history">
      <h2 id="finalisation-history-title" className="card-title">
        Riwayat finalisasi
      </h2>
      <ol className="finalisation-list">
        {items.map((item) => (
          <li key={item.revision}>
            <details className="finalisation-item" data-testid="finalisation-item">
              <summary>
                <strong>Revisi {item.revision}</strong> · difinalisasi{' '}
                {formatShortTimestamp(item.finalisedAt)} oleh {item.finalisedBy}
                {item.reopenedAt ? ` · dikoreksi ${formatShortTimestamp(item.reopenedAt)}` : ' · berlaku'}
              </summary>
              <Recap item={item} />
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
