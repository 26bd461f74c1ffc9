import { format } from 'date-fns';
import { useCallback, useRef, useState } from 'react';
import type { RhkGroup } from '../../../../../shared/domain/skp';
import type { SkpDetail } from '../../../../../shared/ipc/methods/skp';
import type { ErrorInfo, Result } from '../../../../../shared/ipc/result';
import { rpc } from '../../../api/client';

/*
 * The SKP editor's write path. Every change is one small call that sends the SKP version it saw and answers with
 * the whole SKP as it now stands (and its new version). Calls run one after another through a queue, each with
 * the version the previous answer returned, so fast typing across many fields never races itself. Rows typed
 * before they exist on the server ("pending" rows) keep their React key when they are created, so the field the
 * user is typing in keeps focus.
 */

export interface PendingRhk {
  key: string;
  group: RhkGroup;
}

export interface PendingIki {
  key: string;
  rhkKey: string;
}

export interface EditorState {
  detail: SkpDetail;
  pendingRhk: PendingRhk[];
  pendingIki: PendingIki[];
  /** Created rows keep the key they had while pending. */
  rhkKeys: Readonly<Record<number, string>>;
  ikiKeys: Readonly<Record<number, string>>;
}

/** A task may decline to call the server (a pending row still missing its required text). */
export type Attempt = Result<SkpDetail> | { wait: string };

export type RunOutcome =
  | { kind: 'ok'; detail: SkpDetail }
  | { kind: 'error'; error: ErrorInfo }
  | { kind: 'wait'; message: string }
  | { kind: 'halted' };

/** Why writing stopped: the SKP was locked meanwhile, or another window changed it (stale version). */
export interface Halt {
  kind: 'locked' | 'stale';
  message: string;
}

export interface Created {
  rhk?: { key: string; id: number };
  iki?: { key: string; id: number };
}

export interface SaveMark {
  key: string;
  /** "08.15" */
  at: string;
}

export function rhkKeyOf(state: Pick<EditorState, 'rhkKeys'>, id: number): string {
  return state.rhkKeys[id] ?? `rhk-${id}`;
}

export function ikiKeyOf(state: Pick<EditorState, 'ikiKeys'>, id: number): string {
  return state.ikiKeys[id] ?? `iki-${id}`;
}

function allIkiIds(detail: SkpDetail): Set<number> {
  return new Set(detail.rhk.flatMap((r) => r.iki.map((i) => i.id)));
}

/** The RHK or IKI a create call added: the id in `after` that `before` did not have. */
export function newRhkId(before: SkpDetail, after: SkpDetail): number | null {
  const known = new Set(before.rhk.map((r) => r.id));
  return after.rhk.find((r) => !known.has(r.id))?.id ?? null;
}

export function newIkiId(before: SkpDetail, after: SkpDetail): number | null {
  const known = allIkiIds(before);
  for (const rhk of after.rhk) for (const iki of rhk.iki) if (!known.has(iki.id)) return iki.id;
  return null;
}

/** Keys of rows typed before they exist on the server; unique for the app's lifetime. */
let pendingCounter = 0;

export function useEditorSession(initial: SkpDetail) {
  const [state, setState] = useState<EditorState>({
    detail: initial,
    pendingRhk: [],
    pendingIki: [],
    rhkKeys: {},
    ikiKeys: {},
  });
  const [queued, setQueued] = useState(0);
  const [lastSaved, setLastSaved] = useState<SaveMark | null>(null);
  const [halt, setHalt] = useState<Halt | null>(null);
  /** Keys of fields whose last save was refused (their message sits beside them). */
  const [failures, setFailures] = useState<string[]>([]);
  /** Bumped by a reload: the editor's fields mount afresh from the reloaded SKP. */
  const [generation, setGeneration] = useState(0);

  const detailRef = useRef(initial);
  const idByKey = useRef(new Map<string, number>());
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const halted = useRef(false);
  const skpId = initial.id;

  const replace = useCallback((fresh: SkpDetail) => {
    detailRef.current = fresh;
    idByKey.current.clear();
    setFailures([]);
    setState({ detail: fresh, pendingRhk: [], pendingIki: [], rhkKeys: {}, ikiKeys: {} });
  }, []);

  const reload = useCallback(async (): Promise<void> => {
    const result = await rpc('skp.get', { skpId, revision: null });
    if (!result.ok) {
      setHalt({ kind: 'stale', message: result.error.message });
      return;
    }
    halted.current = false;
    setHalt(null);
    replace(result.data);
    setGeneration((g) => g + 1);
  }, [replace, skpId]);

  /** The id of a row by its key: "rhk-12", or a pending row created meanwhile. */
  const idOf = useCallback((key: string): number | null => {
    const match = /^(?:rhk|iki)-(\d+)$/.exec(key);
    if (match) return Number(match[1]);
    return idByKey.current.get(key) ?? null;
  }, []);

  const run = useCallback(
    (
      key: string,
      task: (version: number, current: SkpDetail) => Promise<Attempt>,
      created?: (before: SkpDetail, after: SkpDetail) => Created,
    ): Promise<RunOutcome> => {
      setQueued((n) => n + 1);
      const step = queue.current.then(async (): Promise<RunOutcome> => {
        if (halted.current) return { kind: 'halted' };
        const before = detailRef.current;
        const attempt = await task(before.version, before);
        if ('wait' in attempt) return { kind: 'wait', message: attempt.wait };
        if (attempt.ok) {
          const after = attempt.data;
          const made = created?.(before, after) ?? {};
          if (made.rhk) idByKey.current.set(made.rhk.key, made.rhk.id);
          if (made.iki) idByKey.current.set(made.iki.key, made.iki.id);
          detailRef.current = after;
          setState((s) => ({
            detail: after,
            pendingRhk: made.rhk ? s.pendingRhk.filter((p) => p.key !== made.rhk?.key) : s.pendingRhk,
            pendingIki: made.iki ? s.pendingIki.filter((p) => p.key !== made.iki?.key) : s.pendingIki,
            rhkKeys: made.rhk ? { ...s.rhkKeys, [made.rhk.id]: made.rhk.key } : s.rhkKeys,
            ikiKeys: made.iki ? { ...s.ikiKeys, [made.iki.id]: made.iki.key } : s.ikiKeys,
          }));
          setLastSaved({ key, at: format(new Date(), 'HH.mm') });
          setHalt((h) => (h?.kind === 'locked' ? null : h));
          setFailures((list) => (list.includes(key) ? list.filter((k) => k !== key) : list));
          return { kind: 'ok', detail: after };
        }
        const error = attempt.error;
        if (key !== 'workflow') setFailures((list) => (list.includes(key) ? list : [...list, key]));
        if (error.code === 'LOCKED') {
          setHalt({ kind: 'locked', message: error.message });
          const fresh = await rpc('skp.get', { skpId, revision: null });
          if (fresh.ok) replace(fresh.data);
          return { kind: 'error', error };
        }
        if (error.code === 'CONFLICT') {
          // A stale version is a conflict with another window; other conflicts (a dependant RHK) are answers.
          const fresh = await rpc('skp.get', { skpId, revision: null });
          if (fresh.ok && fresh.data.version !== detailRef.current.version) {
            halted.current = true;
            setHalt({ kind: 'stale', message: error.message });
          }
        }
        return { kind: 'error', error };
      });
      queue.current = step.catch(() => undefined);
      void step.finally(() => setQueued((n) => n - 1));
      return step;
    },
    [replace, skpId],
  );

  const addPendingRhk = useCallback((group: RhkGroup): string => {
    const key = `new-rhk-${(pendingCounter += 1)}`;
    setState((s) => ({ ...s, pendingRhk: [...s.pendingRhk, { key, group }] }));
    return key;
  }, []);

  const addPendingIki = useCallback((rhkKey: string): string => {
    const key = `new-iki-${(pendingCounter += 1)}`;
    setState((s) => ({ ...s, pendingIki: [...s.pendingIki, { key, rhkKey }] }));
    return key;
  }, []);

  const dropPending = useCallback((key: string) => {
    setState((s) => ({
      ...s,
      pendingRhk: s.pendingRhk.filter((p) => p.key !== key),
      pendingIki: s.pendingIki.filter((p) => p.key !== key && p.rhkKey !== key),
    }));
  }, []);

  return {
    state,
    saving: queued > 0,
    lastSaved,
    halt,
    failures,
    generation,
    run,
    reload,
    idOf,
    addPendingRhk,
    addPendingIki,
    dropPending,
  };
}

export type EditorSession = ReturnType<typeof useEditorSession>;
