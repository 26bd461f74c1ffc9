import { createContext, useContext } from 'react';
import type { SkpDetail, SkpParentOptions } from '../../../../../shared/ipc/methods/skp';
import type { EditorSession, SaveMark } from './session';

export interface EditorContextValue {
  session: EditorSession;
  detail: SkpDetail;
  lastSaved: SaveMark | null;
  /** Whether the plan (RHK, IKI, lampiran, approach) may be changed now. */
  editable: boolean;
  parentOptions: SkpParentOptions | undefined;
  /** Focuses the field with this `data-cell` after the next render (a row that is about to appear). */
  focusCell: (cell: string) => void;
  /** Shows a message about an action that has no field to sit beside (a refused delete). */
  report: (message: string | null) => void;
}

export const EditorContext = createContext<EditorContextValue | null>(null);

export function useEditor(): EditorContextValue {
  const value = useContext(EditorContext);
  if (!value) throw new Error('useEditor dipakai di luar editor SKP.');
  return value;
}
