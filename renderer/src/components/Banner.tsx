import { useEffect, useRef, type ReactNode } from 'react';

interface BannerProps {
  tone: 'error' | 'success' | 'info' | 'warning';
  title?: string;
  children: ReactNode;
  /** Extra controls (a retry button, a follow-up action). */
  actions?: ReactNode;
  testId?: string;
  /** When this changes, the banner scrolls into view (it may have appeared far above the button pressed). */
  scrollKey?: string;
}

/** A message about the whole page or dialog. Errors are announced at once; other tones politely. */
export function Banner({ tone, title, children, actions, testId, scrollKey }: BannerProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (scrollKey !== undefined) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [scrollKey]);
  return (
    <div
      ref={ref}
      className={`banner banner-${tone}`}
      role={tone === 'error' ? 'alert' : 'status'}
      data-testid={testId ?? (tone === 'error' ? 'page-error' : undefined)}
    >
      <div className="banner-body">
        {title && <p className="banner-title">{title}</p>}
        <div>{children}</div>
      </div>
      {actions && <div className="banner-actions">{actions}</div>}
    </div>
  );
}

interface ErrorBannerProps {
  message: string | null | undefined;
  onRetry?: () => void;
  actions?: ReactNode;
}

export function ErrorBanner({ message, onRetry, actions }: ErrorBannerProps) {
  if (!message) return null;
  return (
    <Banner
      tone="error"
      scrollKey={message}
      actions={
        onRetry || actions ? (
          <>
            {actions}
            {onRetry && (
              <button type="button" className="btn btn-secondary btn-small" onClick={onRetry}>
                Coba lagi
              </button>
            )}
          </>
        ) : undefined
      }
    >
      {message}
    </Banner>
  );
}
