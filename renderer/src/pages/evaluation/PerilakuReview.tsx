import { CORE_VALUES } from '../../../../shared/domain/behaviour';
import type { RealisasiSheet } from '../../../../shared/ipc/methods/realisasi';
import { FeedbackBox, FeedbackFeed } from './Feedback';

interface PerilakuProps {
  sheet: RealisasiSheet;
  canGiveFeedback: boolean;
  onDirty: (key: string, dirty: boolean) => void;
}

/** The seven BerAKHLAK values, each with the umpan balik given on it this period. */
export function PerilakuReview({ sheet, canGiveFeedback, onDirty }: PerilakuProps) {
  return (
    <section className="card eval-section" aria-labelledby="eval-perilaku">
      <div className="skp-section-head">
        <h2 id="eval-perilaku">Perilaku kerja (BerAKHLAK)</h2>
      </div>
      <ol className="eval-values">
        {CORE_VALUES.map((value) => {
          const feedback = sheet.feedback.filter((f) => f.coreValue === value.code);
          return (
            <li key={value.code} className="eval-value" data-testid="eval-value" data-value={value.code}>
              <div className="eval-value-head">
                <strong>{value.name}</strong>
                <span className="muted eval-value-meaning">{value.meaning}</span>
              </div>
              <FeedbackFeed items={feedback} />
              {canGiveFeedback && (
                <FeedbackBox
                  skpId={sheet.skpId}
                  periodId={sheet.period.id}
                  target={{ coreValue: value.code }}
                  about={value.name}
                  onDirty={(dirty) => onDirty(`value:${value.code}`, dirty)}
                  testId={`feedback-${value.code}`}
                />
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
