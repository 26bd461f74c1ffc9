import { useState } from 'react';
import {
  LAMPIRAN_SECTIONS,
  LAMPIRAN_SECTION_LABELS,
  LAMPIRAN_SUGGESTIONS,
  LIMITS,
  type Lampiran as LampiranLists,
  type LampiranSection,
} from '../../../../../shared/domain/skp';
import { rpc } from '../../../api/client';
import { AutoTextArea, type FieldOutcome } from './AutoField';
import { useEditor } from './context';
import { fieldOutcome } from './outcome';

function withList(section: LampiranSection, list: string[]): Partial<LampiranLists> {
  return { [section]: list };
}

function LampiranList({ section, number }: { section: LampiranSection; number: number }) {
  const { session, detail, editable, focusCell, report } = useEditor();
  const skpId = detail.id;
  const items = detail.lampiran[section];
  /** The index of a new item being typed (not saved yet), shown only while the list is shorter. */
  const [adding, setAdding] = useState<number | null>(null);
  const showNew = adding !== null && adding >= items.length;
  const label = LAMPIRAN_SECTION_LABELS[section];

  const saveList = (key: string, build: (current: string[]) => string[]) =>
    session.run(key, (version, current) =>
      rpc('skp.setLampiran', { skpId, version, ...withList(section, build(current.lampiran[section])) }),
    );

  const saveItem = async (index: number, text: string): Promise<FieldOutcome> => {
    const outcome = await saveList(`lampiran:${section}:${index}`, (current) => {
      const next = [...current];
      if (index < next.length) next[index] = text;
      else next.push(text);
      return next;
    });
    return fieldOutcome(outcome, section, (d) => d.lampiran[section][index] ?? '');
  };

  const remove = (index: number) => {
    void saveList(`lampiran:${section}:remove`, (current) => current.filter((_, i) => i !== index)).then(
      (outcome) => {
        if (outcome.kind === 'error') report(outcome.error.message);
      },
    );
  };

  const suggestions = LAMPIRAN_SUGGESTIONS[section].filter((s) => !items.includes(s));

  return (
    <section
      className="lampiran-section"
      aria-labelledby={`lampiran-${section}`}
      data-testid={`lampiran-${section}`}
    >
      <h3 id={`lampiran-${section}`}>
        {number}. {label}
      </h3>
      {items.length === 0 && !showNew && <p className="muted">Belum ada butir.</p>}
      <ol className="lampiran-list">
        {items.map((item, index) => (
          <li key={`i-${index}`}>
            {editable ? (
              <div className="lampiran-item">
                <AutoTextArea
                  saveKey={`lampiran:${section}:${index}`}
                  cell={`lampiran:${section}:${index}`}
                  label={`${label} butir ${index + 1}`}
                  value={item}
                  rows={1}
                  maxLength={LIMITS.lampiranItem}
                  onSave={(text) => saveItem(index, text)}
                />
                <button
                  type="button"
                  className="mini-button is-danger"
                  aria-label={`Hapus ${label} butir ${index + 1}`}
                  onClick={() => remove(index)}
                >
                  ×
                </button>
              </div>
            ) : (
              item
            )}
          </li>
        ))}
        {editable && showNew && (
          <li key={`i-${items.length}`}>
            <div className="lampiran-item">
              <AutoTextArea
                saveKey={`lampiran:${section}:${items.length}`}
                cell={`lampiran:${section}:${items.length}`}
                label={`${label} butir ${items.length + 1}`}
                value=""
                rows={1}
                maxLength={LIMITS.lampiranItem}
                placeholder="Tulis butir baru"
                onSave={(text) => saveItem(items.length, text)}
              />
              <button
                type="button"
                className="mini-button is-danger"
                aria-label="Batalkan butir baru"
                onClick={() => setAdding(null)}
              >
                ×
              </button>
            </div>
          </li>
        )}
      </ol>
      {editable && (
        <div className="suggestion-row">
          <button
            type="button"
            className="btn btn-link btn-small"
            onClick={() => {
              setAdding(items.length);
              focusCell(`lampiran:${section}:${items.length}`);
            }}
          >
            + Tambah butir
          </button>
          {suggestions.length > 0 && <span className="suggestion-label">Saran:</span>}
          {suggestions.map((suggestion) => (
            <button
              key={suggestion}
              type="button"
              className="suggestion"
              title="Tambahkan butir ini"
              onClick={() =>
                void saveList(`lampiran:${section}:add`, (current) => [...current, suggestion]).then(
                  (outcome) => {
                    if (outcome.kind === 'error') report(outcome.error.message);
                  },
                )
              }
              data-testid="lampiran-suggestion"
            >
              + {suggestion}
            </button>
          ))}
        </div>
      )}
    </section>
  );
}

/** Lampiran SKP: three numbered lists, with the usual sentences offered as one-click additions. */
export function Lampiran() {
  return (
    <section className="card skp-section" aria-labelledby="bagian-lampiran">
      <div className="skp-section-head">
        <h2 id="bagian-lampiran">Lampiran SKP</h2>
      </div>
      <div className="lampiran-grid">
        {LAMPIRAN_SECTIONS.map((section, index) => (
          <LampiranList key={section} section={section} number={index + 1} />
        ))}
      </div>
    </section>
  );
}
