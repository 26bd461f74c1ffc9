import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

/** A message carried to the next page in the router's location state (e.g. "SKP dibuat"). */
export function editorNotice(message: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...extra, skpNotice: message };
}

export function readEditorNotice(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('skpNotice' in state)) return null;
  return typeof state.skpNotice === 'string' ? state.skpNotice : null;
}

/**
 * The notice a page was opened with, shown once: it is taken out of the history entry, so reloading the page
 * or coming back to it does not announce it again.
 */
export function useArrivalNotice(): string | null {
  const location = useLocation();
  const navigate = useNavigate();
  const carried = readEditorNotice(location.state);
  const [arrival, setArrival] = useState({ key: location.key, path: location.pathname, notice: carried });
  if (carried !== null && location.key !== arrival.key) {
    setArrival({ key: location.key, path: location.pathname, notice: carried });
  }
  useEffect(() => {
    if (carried === null || typeof location.state !== 'object' || location.state === null) return;
    const rest = Object.fromEntries(Object.entries(location.state).filter(([key]) => key !== 'skpNotice'));
    void navigate(`${location.pathname}${location.search}`, { replace: true, state: rest });
  }, [carried, location.pathname, location.search, location.state, navigate]);
  return arrival.path === location.pathname ? arrival.notice : null;
}

/** Ends a sentence with one full stop, also after a name that ends with a gelar ("M.Si."). */
export function sentence(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}
