import {
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  Legend,
  LinearScale,
  Tooltip,
  type ChartData,
  type ChartOptions,
} from 'chart.js';
import { Bar } from 'react-chartjs-2';
import type { KurvaBound } from '../../../../shared/domain/kurva';
import { PREDIKATS, PREDIKAT_LABELS, type Predikat } from '../../../../shared/domain/predikat';
import type { KurvaView } from '../../../../shared/ipc/methods/evaluation';

ChartJS.register(CategoryScale, LinearScale, BarElement, Tooltip, Legend);

export const PREDIKAT_COLORS: Readonly<Record<Predikat, string>> = {
  SANGAT_BAIK: '#17663a',
  BAIK: '#1f4173',
  BUTUH_PERBAIKAN: '#c7881a',
  KURANG: '#d0602a',
  SANGAT_KURANG: '#a8261b',
};

/** "2 – 5", "≥ 3", "≤ 0", or null where the rule sets no bound. */
export function bandText(bound: KurvaBound): string | null {
  if (bound.min !== null && bound.max !== null) return `${bound.min} – ${bound.max}`;
  if (bound.min !== null) return `≥ ${bound.min}`;
  if (bound.max !== null) return `≤ ${bound.max}`;
  return null;
}

export function outsideBand(count: number, bound: KurvaBound): boolean {
  return (bound.min !== null && count < bound.min) || (bound.max !== null && count > bound.max);
}

type Point = number | [number, number] | null;

/**
 * The predikat counts in curve order, each with the band the org rating allows drawn beside it as a floating bar
 * (from the minimum to the maximum count; an open end reaches 0 or n).
 */
export function KurvaChart({ view }: { view: KurvaView }) {
  const n = view.total;
  const hasBand = view.orgRating !== null && n > 0;
  const data: ChartData<'bar', Point[], string> = {
    labels: PREDIKATS.map((p) => PREDIKAT_LABELS[p]),
    datasets: [
      {
        label: 'Jumlah pegawai',
        data: PREDIKATS.map((p) => view.counts[p]),
        backgroundColor: PREDIKATS.map((p) =>
          hasBand && outsideBand(view.counts[p], view.band[p]) ? '#c0392b' : PREDIKAT_COLORS[p],
        ),
        borderRadius: 4,
        order: 1,
      },
      ...(hasBand
        ? [
            {
              label: 'Rentang yang diizinkan kurva',
              data: PREDIKATS.map((p): Point => {
                const b = view.band[p];
                if (b.min === null && b.max === null) return null;
                return [b.min ?? 0, b.max ?? n];
              }),
              backgroundColor: 'rgba(15, 127, 117, 0.14)',
              borderColor: '#0f7f75',
              borderWidth: 2,
              borderSkipped: false as const,
              minBarLength: 4,
              order: 2,
            },
          ]
        : []),
    ],
  };
  const options: ChartOptions<'bar'> = {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    plugins: {
      legend: { position: 'bottom', labels: { boxWidth: 14, font: { size: 12 } } },
      tooltip: {
        callbacks: {
          label: (item) => {
            const raw = item.raw as Point;
            if (Array.isArray(raw)) return `Diizinkan: ${raw[0]} – ${raw[1]} pegawai`;
            return `${item.dataset.label ?? ''}: ${raw ?? 0}`;
          },
        },
      },
    },
    scales: {
      x: { grid: { display: false }, ticks: { font: { size: 12 } } },
      y: {
        beginAtZero: true,
        suggestedMax: Math.max(n, 1),
        ticks: { precision: 0, stepSize: n > 20 ? undefined : 1 },
        title: { display: true, text: 'Jumlah pegawai' },
      },
    },
  };
  const summary = PREDIKATS.map((p) => `${PREDIKAT_LABELS[p]} ${view.counts[p]}`).join(', ');
  return (
    <div className="kurva-chart" data-testid="kurva-chart">
      <Bar data={data} options={options} aria-label={`Kurva distribusi predikat: ${summary}`} role="img" />
    </div>
  );
}
