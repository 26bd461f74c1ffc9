import type { SkpDetail } from '../../../../../shared/ipc/methods/skp';
import type { FieldOutcome } from './AutoField';
import type { RunOutcome } from './session';

const FIELD_NAMES: Readonly<Record<string, string>> = {
  text: 'Rencana hasil kerja',
  parentRhkId: 'RHK atasan',
  externalParentText: 'RHK atasan di luar SIPKA',
  aspect: 'Aspek',
  indicator: 'Indikator',
  target: 'Target',
  unitOfMeasure: 'Satuan',
  direction: 'Arah',
};

/** Turns the answer to one write into what the field that caused it shows. */
export function fieldOutcome(
  outcome: RunOutcome,
  field: string,
  extract: (detail: SkpDetail) => string | undefined,
): FieldOutcome {
  switch (outcome.kind) {
    case 'ok':
      return { ok: true, value: extract(outcome.detail) ?? '' };
    case 'wait':
      return { ok: false, message: outcome.message, waiting: true };
    case 'halted':
      return { ok: false, message: 'Tidak tersimpan: muat ulang SKP terlebih dahulu.' };
    case 'error': {
      const error = outcome.error;
      if (error.code === 'LOCKED') return { ok: false, message: 'Tidak tersimpan: SKP terkunci.' };
      const fields = Object.entries(error.fields ?? {});
      const own = fields.find(([name]) => name === field);
      if (own) return { ok: false, message: own[1] };
      const other = fields[0];
      if (other) return { ok: false, message: `${FIELD_NAMES[other[0]] ?? other[0]}: ${other[1]}` };
      return { ok: false, message: error.message };
    }
  }
}
