import { useId, useMemo, useState, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { KURVA_RULE_SUMMARY } from '../../../../shared/domain/kurva';
import { formatNip } from '../../../../shared/domain/nip';
import { ORG_RATING_LABELS, PREDIKATS, PREDIKAT_LABELS } from '../../../../shared/domain/predikat';
import type { KurvaView } from '../../../../shared/ipc/methods/evaluation';
import { useQuery } from '../../api/hooks';
import { useHasRole } from '../../app/session';
import { Banner, ErrorBanner } from '../../components/Banner';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { RekapPrintButton } from '../../components/print/RekapPrintButton';
import { unitOptions } from '../../lib/units';
import { PeriodStateBadge } from '../evaluation/labels';
import { PeriodSelect, usePeriodChoice } from '../evaluation/periods';
import { YearSelect } from '../skp/SkpNav';
import { useYearChoice } from '../skp/years';
import { FinalisationHistory } from './FinalisationHistory';
import { FinalisationPanel } from './FinalisationPanel';
import { bandText, KurvaChart, outsideBand, PREDIKAT_COLORS } from './KurvaChart';
import { OrgRatingCard } from './OrgRatingCard';

function CountTable({ view }: { view: KurvaView }) {
  const hasBand = view.orgRating !== null && view.total > 0;
  return (
    <table className="table kurva-table" data-testid="kurva-table">
      <caption className="visually-hidden">Jumlah pegawai per predikat dan batas kurva</caption>
      <thead>
        <tr>
          <th scope="col">Predikat</th>
          <th scope="col" className="num">
            Jumlah
          </th>
          <th scope="col" className="num">
            %
          </th>
          <th scope="col" className="num">
            Batas kurva
          </th>
        </tr>
      </thead>
      <tbody>
        {PREDIKATS.map((p) => {
          const count = view.counts[p];
          const band = bandText(view.band[p]);
          const off = hasBand && outsideBand(count, view.band[p]);
          return (
            <tr key={p} className={off ? 'is-off' : undefined} data-testid="kurva-count" data-predikat={p}>
              <th scope="row">
                <span className="swatch" style={{ background: PREDIKAT_COLORS[p] }} aria-hidden="true" />
                {PREDIKAT_LABELS[p]}
              </th>
              <td className="num">{count}</td>
              <td className="num">
                {view.total === 0 ? '–' : `${Math.round((count / view.total) * 100)} %`}
              </td>
              <td className="num">
                {hasBand && band ? band : '–'}
                {off && <span className="visually-hidden"> (di luar batas)</span>}
              </td>
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Jumlah dinilai</th>
          <td className="num">{view.total}</td>
          <td colSpan={2} />
        </tr>
      </tfoot>
    </table>
  );
}

function Violations({ view }: { view: KurvaView }) {
  if (!view.orgRating) {
    return (
      <Banner tone="info" title="Kurva belum dapat diperiksa">
        Capaian kinerja organisasi periode ini belum direkam: aturan kurva bergantung padanya.
      </Banner>
    );
  }
  if (view.violations.length === 0) {
    return (
      <Banner tone="success" testId="kurva-ok">
        {view.total === 0
          ? 'Belum ada pegawai yang dinilai.'
          : 'Sebaran predikat sesuai kurva distribusi untuk capaian organisasi ini.'}
      </Banner>
    );
  }
  return (
    <section
      className="card violations-card"
      aria-labelledby="violations-title"
      data-testid="kurva-violations"
    >
      <h2 id="violations-title" className="card-title">
        Kurva distribusi tidak terpenuhi ({view.violations.length})
      </h2>
      <table className="table violations-table">
        <thead>
          <tr>
            <th scope="col">Aturan</th>
            <th scope="col" className="num">
              Diperlukan
            </th>
            <th scope="col" className="num">
              Kenyataan
            </th>
          </tr>
        </thead>
        <tbody>
          {view.violations.map((v) => (
            <tr key={v.code} data-testid="kurva-violation">
              <td>{v.message}</td>
              <td className="num nowrap">{v.required}</td>
              <td className="num">{v.actual}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="card-note violations-note">
        Kurva adalah pedoman bagi pimpinan: periksa kembali rating, atau tulis alasan penyimpangan saat
        finalisasi.
      </p>
    </section>
  );
}

function Unrated({ view, year }: { view: KurvaView; year: number }) {
  if (view.unrated.length === 0) return null;
  return (
    <section className="card" aria-labelledby="unrated-title" data-testid="kurva-unrated">
      <h2 id="unrated-title" className="card-title">
        Belum dinilai ({view.unrated.length})
      </h2>
      <div className="table-scroll unrated-scroll">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Pegawai</th>
              <th scope="col">Jabatan</th>
              <th scope="col">Pejabat penilai</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {view.unrated.map((row) => (
              <tr key={row.skpId} data-testid="unrated-row">
                <td>
                  <span className="cell-stack">
                    <span className="cell-primary">{row.fullName}</span>
                    <span className="cell-secondary nip">{formatNip(row.nip)}</span>
                  </span>
                </td>
                <td>{row.positionName}</td>
                <td>{row.appraiserName ?? '—'}</td>
                <td className="num">
                  <Link
                    to={`/penilaian/${row.skpId}?tahun=${year}&periode=${view.period.id}&lingkup=all`}
                    className="btn btn-secondary btn-small"
                  >
                    Buka penilaian
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** HR: how the predikat of a period spread against the kurva the org rating allows, and finalisation. */
export function KurvaPage() {
  const choice = useYearChoice();
  const year = choice.year;
  const periods = usePeriodChoice(year);
  const period = periods.period;
  const admin = useHasRole(['ADMIN']);
  const [params, setParams] = useSearchParams();
  const unitSelectId = useId();
  const unitParam = Number(params.get('unit'));
  const unitId = Number.isInteger(unitParam) && unitParam > 0 ? unitParam : null;
  const units = useQuery('units.list', {});
  const choices = useMemo(() => unitOptions(units.data ?? []).slice(1), [units.data]);
  const kurva = useQuery(
    'kurva.get',
    { periodId: period?.id ?? 1, unitId },
    { enabled: period !== undefined, keepPrevious: true },
  );
  const [notice, setNotice] = useState<{ at: string; text: string } | null>(null);
  const view = kurva.data;
  const here = `${period?.id}-${unitId}`;

  const chooseUnit = (value: string) =>
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        if (value === '') copy.delete('unit');
        else copy.set('unit', value);
        return copy;
      },
      { replace: true },
    );

  let body: ReactNode;
  if (choice.years.data !== undefined && !year) {
    body = <EmptyState title="Belum ada tahun penilaian." />;
  } else if (!view || !year) {
    body = kurva.loading && <Loading />;
  } else {
    const wholeKecamatan = unitId === null;
    body = (
      <>
        <div className="kurva-status" data-testid="kurva-status">
          <PeriodStateBadge state={view.state} />
          <span>
            <strong>{view.total}</strong> pegawai dinilai
          </span>
          <span>
            <strong>{view.unrated.length}</strong> belum dinilai
          </span>
          <span>
            <strong>{view.excludedCount}</strong> dikecualikan
          </span>
          <span className="muted">{view.unitName}</span>
          <RekapPrintButton unitId={unitId} periodId={view.period.id} />
        </div>
        {notice && notice.at === here && (
          <Banner tone="success" testId="kurva-notice">
            {notice.text}
          </Banner>
        )}
        <div className="kurva-grid">
          <section className="card kurva-chart-card" aria-labelledby="kurva-title">
            <div className="skp-section-head">
              <h2 id="kurva-title">Sebaran predikat {view.period.shortLabel}</h2>
              <span className="muted kurva-rule" data-testid="kurva-rule">
                {view.orgRating
                  ? `Capaian organisasi ${ORG_RATING_LABELS[view.orgRating.rating]}: ${KURVA_RULE_SUMMARY[view.orgRating.rating]}`
                  : 'Capaian kinerja organisasi belum direkam.'}
              </span>
            </div>
            <div className="kurva-chart-body">
              <KurvaChart view={view} />
              <CountTable view={view} />
            </div>
          </section>
        </div>
        <Violations view={view} />
        <Unrated view={view} year={year.year} />
        <OrgRatingCard
          key={`org-${here}`}
          view={view}
          unitId={unitId}
          canEdit={admin && view.state !== 'FINAL'}
          onSaved={(text) => setNotice({ at: here, text })}
        />
        {admin && wholeKecamatan && (
          <FinalisationPanel
            key={`fin-${here}`}
            view={view}
            onNotice={(text) => setNotice({ at: here, text })}
          />
        )}
        {admin && !wholeKecamatan && (
          <Banner tone="info">
            Finalisasi berlaku untuk seluruh kecamatan: pilih &ldquo;Seluruh kecamatan&rdquo; untuk
            memfinalisasi periode ini.
          </Banner>
        )}
        <FinalisationHistory items={view.finalisations} />
      </>
    );
  }

  return (
    <Page
      title="Kurva Distribusi"
      subtitle={
        period
          ? `Sebaran predikat kinerja pegawai ${period.label} terhadap capaian kinerja organisasi`
          : 'Sebaran predikat kinerja pegawai terhadap capaian kinerja organisasi'
      }
      actions={
        <>
          <YearSelect choice={choice} />
          <PeriodSelect year={year} choice={periods} />
          <div className="year-select">
            <label htmlFor={unitSelectId} className="field-label">
              Unit
            </label>
            <select
              id={unitSelectId}
              name="unitId"
              className="input select unit-select"
              value={unitId === null ? '' : String(unitId)}
              onChange={(event) => chooseUnit(event.target.value)}
              data-testid="kurva-unit"
            >
              <option value="">Seluruh kecamatan</option>
              {choices.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label.replace(/^\u00a0{4}/, '')}
                </option>
              ))}
            </select>
          </div>
        </>
      }
    >
      <ErrorBanner message={choice.years.error?.message ?? kurva.error?.message} onRetry={kurva.reload} />
      {body}
    </Page>
  );
}
