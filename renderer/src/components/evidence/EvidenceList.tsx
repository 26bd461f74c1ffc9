import type { EvidenceDto } from '../../../../shared/ipc/methods/realisasi';
import { formatShortTimestamp } from '../../lib/format';
import { Icon } from '../Icon';
import { fileKindLabel, formatBytes } from './fileData';

interface EvidenceListProps {
  evidence: EvidenceDto[];
  onPreview: (evidence: EvidenceDto) => void;
  /** Present when the caller may remove bukti. */
  onRemove?: (evidence: EvidenceDto) => void;
  empty?: string;
}

/** The bukti dukung of one IKI: files open in the app, links in the browser; a changed file is flagged red. */
export function EvidenceList({
  evidence,
  onPreview,
  onRemove,
  empty = 'Belum ada bukti dukung.',
}: EvidenceListProps) {
  if (evidence.length === 0) return <p className="evidence-empty muted">{empty}</p>;
  return (
    <ul className="evidence-list" data-testid="evidence-list">
      {evidence.map((item) => (
        <li
          key={item.id}
          className={item.intact ? 'evidence-item' : 'evidence-item is-broken'}
          data-testid="evidence-item"
        >
          <span className="evidence-kind">
            <Icon name={item.kind === 'LINK' ? 'link' : 'document'} size={16} />
          </span>
          <span className="evidence-main">
            {item.kind === 'LINK' && item.url ? (
              <a href={item.url} target="_blank" rel="noreferrer noopener" className="evidence-title">
                {item.title}
              </a>
            ) : (
              <button
                type="button"
                className="btn btn-link evidence-title"
                onClick={() => onPreview(item)}
                data-testid="evidence-open"
              >
                {item.title}
              </button>
            )}
            <span className="evidence-meta">
              {item.kind === 'LINK'
                ? item.url !== item.title
                  ? item.url
                  : 'Tautan'
                : [fileKindLabel(item.mimeType), formatBytes(item.size)].filter(Boolean).join(' · ')}
              {' · '}
              {item.addedBy}, {formatShortTimestamp(item.addedAt)}
            </span>
          </span>
          {!item.intact && (
            <span className="badge badge-danger evidence-broken" data-testid="evidence-broken">
              Berkas berubah/rusak
            </span>
          )}
          {onRemove && (
            <button
              type="button"
              className="mini-button is-danger"
              onClick={() => onRemove(item)}
              aria-label={`Hapus bukti ${item.title}`}
              title="Hapus bukti"
              data-testid="evidence-remove"
            >
              ×
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
