import type { UnsignedSummaryRow } from '../../../../shared/ipc/methods/documents';
import { formatCount } from '../../lib/format';
import { kindLabel } from './labels';

interface UnsignedSummaryProps {
  rows: UnsignedSummaryRow[];
  /** Shows the register filtered to the unsigned documents of this row. */
  onShow: (row: UnsignedSummaryRow) => void;
}

/** Printed but not yet signed and scanned, per unit and period: what the office still has to chase. */
export function UnsignedSummary({ rows, onShow }: UnsignedSummaryProps) {
  const open = rows.filter((row) => row.unsigned > 0);
  return (
    <section className="card unsigned-card" aria-labelledby="unsigned-title" data-testid="unsigned-summary">
      <h2 className="card-title" id="unsigned-title">
        Belum ditandatangani
      </h2>
      {open.length === 0 ? (
        <p className="card-note">Semua dokumen yang dicetak sudah ada pindaian bertanda tangannya.</p>
      ) : (
        <div className="table-scroll">
          <table className="table unsigned-table">
            <caption className="visually-hidden">
              Dokumen dicetak yang belum ditandatangani per unit dan periode
            </caption>
            <thead>
              <tr>
                <th scope="col">Unit kerja</th>
                <th scope="col">Periode</th>
                <th scope="col">Jenis</th>
                <th scope="col" className="num">
                  Dicetak
                </th>
                <th scope="col" className="num">
                  Belum
                </th>
                <th scope="col">
                  <span className="visually-hidden">Tindakan</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {open.map((row) => (
                <tr key={`${row.unitId}-${row.periodId}-${row.kind}`} data-testid="unsigned-row">
                  <th scope="row">{row.unitName}</th>
                  <td>{row.periodLabel}</td>
                  <td>{kindLabel(row.kind)}</td>
                  <td className="num">{formatCount(row.printed)}</td>
                  <td className="num">
                    <strong>{formatCount(row.unsigned)}</strong>
                  </td>
                  <td>
                    <button type="button" className="btn btn-link btn-small" onClick={() => onShow(row)}>
                      Tampilkan
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
