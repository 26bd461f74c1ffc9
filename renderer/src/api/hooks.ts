import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/ipc/contract';
import type { ErrorInfo, Result } from '../../../shared/ipc/result';
import { rpc } from './client';

/*
 * A deliberately small data layer: every successful mutation bumps one generation counter and every mounted
 * query refetches. The app has few screens open at once and a local backend, so precise cache keys would be
 * complexity without benefit.
 */
let generation = 0;
const listeners = new Set<() => void>();

export function invalidateQueries(): void {
  generation += 1;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const currentGeneration = () => generation;

export interface QueryState<T> {
  data: T | undefined;
  error: ErrorInfo | null;
  /** True while the current request has not answered yet (data may still hold the previous answer). */
  loading: boolean;
  reload: () => void;
}

export interface QueryOptions {
  enabled?: boolean;
  /** Keep showing the previous input's data while a new input loads (tables, search results). */
  keepPrevious?: boolean;
}

interface Settled<T> {
  inputKey: string;
  requestKey: string;
  data: T | undefined;
  error: ErrorInfo | null;
}

export function useQuery<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
  options: QueryOptions = {},
): QueryState<MethodOutput<M>> {
  const enabled = options.enabled ?? true;
  const body = JSON.stringify(input);
  const gen = useSyncExternalStore(subscribe, currentGeneration);
  const [nonce, setNonce] = useState(0);
  const [settled, setSettled] = useState<Settled<MethodOutput<M>> | null>(null);
  const inputKey = `${method} ${body}`;
  const requestKey = `${inputKey} ${gen} ${nonce}`;

  useEffect(() => {
    if (!enabled) return;
    let live = true;
    void rpc(method, JSON.parse(body) as MethodInput<M>).then((result) => {
      if (!live) return;
      setSettled({
        inputKey: `${method} ${body}`,
        requestKey: `${method} ${body} ${gen} ${nonce}`,
        data: result.ok ? result.data : undefined,
        error: result.ok ? null : result.error,
      });
    });
    return () => {
      live = false;
    };
  }, [method, body, gen, nonce, enabled]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  const usable = settled !== null && (options.keepPrevious || settled.inputKey === inputKey);
  const current = settled?.requestKey === requestKey;
  return {
    data: usable ? settled.data : undefined,
    error: current ? settled.error : null,
    loading: enabled && !current,
    reload,
  };
}

export interface Mutation<M extends MethodName> {
  run: (input: MethodInput<M>) => Promise<Result<MethodOutput<M>>>;
  pending: boolean;
}

export function useMutation<M extends MethodName>(method: M): Mutation<M> {
  const [pending, setPending] = useState(false);
  const run = useCallback(
    async (input: MethodInput<M>) => {
      setPending(true);
      try {
        const result = await rpc(method, input);
        if (result.ok) invalidateQueries();
        return result;
      } finally {
        setPending(false);
      }
    },
    [method],
  );
  return { run, pending };
}
