import { SPECIAL_EXPECTATION_EXAMPLES, type CoreValueCode } from '../../../../../shared/domain/behaviour';
import type { BehaviourRow } from '../../../../../shared/ipc/methods/skp';
import { rpc } from '../../../api/client';
import { AutoTextArea, type FieldOutcome } from './AutoField';
import { useEditor } from './context';
import { fieldOutcome } from './outcome';

const GUIDE_LETTERS = ['a', 'b', 'c'];

function ValueRow({ row, number, editable }: { row: BehaviourRow; number: number; editable: boolean }) {
  const { session, detail } = useEditor();
  const skpId = detail.id;
  const example = SPECIAL_EXPECTATION_EXAMPLES[row.code];
  const save =
    (code: CoreValueCode) =>
    async (text: string): Promise<FieldOutcome> => {
      const expectations: Partial<Record<CoreValueCode, string>> = {};
      expectations[code] = text;
      const outcome = await session.run(`perilaku:${code}`, (version) =>
        rpc('skp.setExpectations', { skpId, version, expectations }),
      );
      return fieldOutcome(
        outcome,
        `expectations.${code}`,
        (d) => d.behaviour.find((b) => b.code === code)?.specialExpectation,
      );
    };
  return (
    <tr data-testid="behaviour-row">
      <td className="behaviour-number">{number}</td>
      <td className="behaviour-value">
        <strong>{row.name}</strong>
        <span className="behaviour-meaning">{row.meaning}</span>
      </td>
      <td>
        <ol className="guide-list">
          {row.guides.map((guide, index) => (
            <li key={guide}>
              <span className="guide-letter" aria-hidden="true">
                {GUIDE_LETTERS[index]}.
              </span>
              {guide}
            </li>
          ))}
        </ol>
      </td>
      <td className="behaviour-expectation">
        {editable ? (
          <AutoTextArea
            saveKey={`perilaku:${row.code}`}
            cell={`perilaku:${row.code}`}
            label={`Ekspektasi khusus pimpinan untuk ${row.name}`}
            value={row.specialExpectation}
            placeholder={example ? `mis. ${example}` : 'Opsional'}
            onSave={save(row.code)}
          />
        ) : row.specialExpectation ? (
          row.specialExpectation
        ) : (
          <span className="muted">—</span>
        )}
      </td>
    </tr>
  );
}

/** Perilaku kerja: the 7 BerAKHLAK values, their panduan, and the pejabat penilai's ekspektasi khusus. */
export function Perilaku() {
  const { detail } = useEditor();
  const editable = detail.can.setExpectations;
  return (
    <section className="card skp-section" aria-labelledby="bagian-perilaku">
      <div className="skp-section-head">
        <h2 id="bagian-perilaku">Perilaku kerja</h2>
        <p className="card-note">
          Nilai dasar ASN BerAKHLAK dengan panduan perilakunya (tetap). Ekspektasi khusus pimpinan diisi
          pejabat penilai kinerja atau admin kepegawaian; boleh kosong.
        </p>
      </div>
      <div className="table-scroll">
        <table className="table behaviour-table">
          <caption className="visually-hidden">Perilaku kerja</caption>
          <thead>
            <tr>
              <th scope="col">No</th>
              <th scope="col">Nilai</th>
              <th scope="col">Panduan perilaku</th>
              <th scope="col">Ekspektasi khusus pimpinan</th>
            </tr>
          </thead>
          <tbody>
            {detail.behaviour.map((row, index) => (
              <ValueRow key={row.code} row={row} number={index + 1} editable={editable} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
