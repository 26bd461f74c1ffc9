import { useId, useMemo, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { rangesOverlap } from '../../../../shared/domain/periods';
import type { PeriodDto } from '../../../../shared/ipc/methods/years';
import { useQuery } from '../../api/hooks';
import { useIsHrStaff, useSession } from '../../app/session';
import { ErrorBanner } from '../../components/Banner';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { PeriodSelect, usePeriodChoice } from '../evaluation/periods';
import { SheetIdentity, SheetLockBanner } from '../evaluation/SheetIdentity';
import { YearSelect } from '../skp/SkpNav';
import { useYearChoice } from '../skp/years';
import { RealisasiGrid } from './RealisasiGrid';

interface SkpOption {
  skpId: number;
  label: string;
  group: 'mine' | 'others';
  startDate: string | null;
  endDate: string | null;
}

function covers(option: SkpOption, period: PeriodDto): boolean {
  if (!option.startDate || !option.endDate) return true;
  return rangesOverlap({ startDate: option.startDate, endDate: option.endDate }, period);
}

/** Own SKP first (a pegawai), then the bawahan (a penilai) or every pegawai with an approved SKP (HR). */
function useSkpOptions(
  yearId: number | undefined,
  period: PeriodDto | undefined,
): {
  options: SkpOption[];
  loading: boolean;
  error: string | undefined;
} {
  const { user } = useSession();
  const hr = useIsHrStaff();
  const mine = useQuery(
    'skp.mine',
    { yearId: yearId ?? 1 },
    { enabled: yearId !== undefined && user.employeeId !== null },
  );
  const others = useQuery(
    'evaluation.list',
    { periodId: period?.id ?? 1, scope: hr ? 'all' : 'mine', unitId: null },
    { enabled: period !== undefined },
  );
  const options = useMemo(() => {
    const own: SkpOption[] = (mine.data?.skps ?? []).flatMap((row) =>
      row.skpId === null
        ? []
        : [
            {
              skpId: row.skpId,
              label: `${row.fullName} · ${row.positionName} (SKP saya)`,
              group: 'mine' as const,
              startDate: row.startDate,
              endDate: row.endDate,
            },
          ],
    );
    const ownIds = new Set(own.map((o) => o.skpId));
    const rest: SkpOption[] = (others.data?.rows ?? [])
      .filter((row) => !ownIds.has(row.skpId))
      .map((row) => ({
        skpId: row.skpId,
        label: `${row.fullName} · ${row.positionName}`,
        group: 'others' as const,
        startDate: null,
        endDate: null,
      }));
    return [...own, ...rest];
  }, [mine.data, others.data]);
  return {
    options,
    loading: mine.loading || others.loading,
    error: mine.error?.message ?? others.error?.message,
  };
}

export function RealisasiPage() {
  const choice = useYearChoice();
  const year = choice.year;
  const periods = usePeriodChoice(year);
  const period = periods.period;
  const hr = useIsHrStaff();
  const [params, setParams] = useSearchParams();
  const selectId = useId();
  const { options, loading, error } = useSkpOptions(year?.id, period);

  const wanted = Number(params.get('skp'));
  const chosen =
    options.find((o) => o.skpId === wanted) ??
    (period ? options.find((o) => o.group === 'mine' && covers(o, period)) : undefined);
  const sheet = useQuery(
    'realisasi.sheet',
    { skpId: chosen?.skpId ?? (wanted > 0 ? wanted : 1), periodId: period?.id ?? 1 },
    { enabled: period !== undefined && (chosen !== undefined || wanted > 0) },
  );
  const skpId = chosen?.skpId ?? (wanted > 0 ? wanted : null);

  const choose = (value: string) =>
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        if (value === '') copy.delete('skp');
        else copy.set('skp', value);
        return copy;
      },
      { replace: true },
    );

  const mineOptions = options.filter((o) => o.group === 'mine');
  const otherOptions = options.filter((o) => o.group === 'others');
  let body: ReactNode;
  if (choice.years.data !== undefined && !year) {
    body = <EmptyState title="Belum ada tahun penilaian." />;
  } else if (skpId === null) {
    body = loading ? (
      <Loading />
    ) : (
      <EmptyState
        title={options.length === 0 ? 'Belum ada SKP yang dapat diisi realisasinya.' : 'Pilih SKP.'}
      >
        {options.length === 0
          ? 'Realisasi diisi pada SKP yang sudah disetujui pejabat penilai.'
          : 'Pilih pegawai dan SKP-nya di atas untuk mengisi realisasi periode ini.'}
      </EmptyState>
    );
  } else if (sheet.data === undefined) {
    body = sheet.loading && <Loading />;
  } else {
    body = (
      <>
        <SheetIdentity sheet={sheet.data} />
        <SheetLockBanner sheet={sheet.data} />
        <section className="card" aria-label="Realisasi per IKI">
          <RealisasiGrid sheet={sheet.data} />
        </section>
      </>
    );
  }

  return (
    <Page
      title="Realisasi"
      subtitle={
        period
          ? `Realisasi dan bukti dukung ${period.label} · ${period.rangeLabel}`
          : 'Realisasi dan bukti dukung per periode'
      }
      actions={
        <>
          <YearSelect choice={choice} />
          <PeriodSelect year={year} choice={periods} />
        </>
      }
    >
      <ErrorBanner
        message={choice.years.error?.message ?? error ?? sheet.error?.message}
        onRetry={sheet.reload}
      />
      {year && (
        <div className="filter-bar filter-bar-single" role="group" aria-label="Pilih SKP">
          <div className="filter">
            <label htmlFor={selectId} className="field-label">
              {hr ? 'Pegawai' : 'SKP'}
            </label>
            <select
              id={selectId}
              name="skp"
              className="input select"
              value={skpId === null ? '' : String(skpId)}
              onChange={(event) => choose(event.target.value)}
              data-testid="skp-select"
            >
              <option value="">— Pilih SKP —</option>
              {mineOptions.length > 0 && (
                <optgroup label="SKP saya">
                  {mineOptions.map((o) => (
                    <option key={o.skpId} value={String(o.skpId)}>
                      {o.label}
                    </option>
                  ))}
                </optgroup>
              )}
              {otherOptions.length > 0 && (
                <optgroup label={hr ? 'Pegawai dengan SKP disetujui' : 'Bawahan yang Anda nilai'}>
                  {otherOptions.map((o) => (
                    <option key={o.skpId} value={String(o.skpId)}>
                      {o.label}
                    </option>
                  ))}
                </optgroup>
              )}
            </select>
          </div>
        </div>
      )}
      {body}
    </Page>
  );
}
