import { useQuery } from '../../api/hooks';
import { PrintButton } from './PrintButton';

/**
 * "Cetak Rekap": the Rekap Predikat of a unit for a period. No unit chosen means the whole kecamatan, whose
 * recap is that of the root unit.
 */
export function RekapPrintButton({ unitId, periodId }: { unitId: number | null; periodId: number }) {
  const units = useQuery('units.list', {}, { enabled: unitId === null });
  const root = units.data?.find((unit) => unit.parentId === null)?.id;
  const target = unitId ?? root;
  return (
    <PrintButton
      request={{ kind: 'REKAP', unitId: target ?? 1, periodId }}
      label="Cetak Rekap"
      small
      disabled={target === undefined}
      testId="kurva-print"
    />
  );
}
