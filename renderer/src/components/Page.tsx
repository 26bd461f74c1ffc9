import type { ReactNode } from 'react';
import { usePageTitle } from '../lib/usePageTitle';

interface PageProps {
  title: string;
  /** Shown above the title: a back link or breadcrumb. */
  eyebrow?: ReactNode;
  subtitle?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}

export function Page({ title, eyebrow, subtitle, actions, children }: PageProps) {
  usePageTitle(title);
  return (
    <div className="page">
      <div className="page-header">
        <div className="page-heading">
          {eyebrow && <div className="page-eyebrow">{eyebrow}</div>}
          <h1>{title}</h1>
          {subtitle && <div className="page-subtitle">{subtitle}</div>}
        </div>
        {actions && <div className="page-actions">{actions}</div>}
      </div>
      {children}
    </div>
  );
}
