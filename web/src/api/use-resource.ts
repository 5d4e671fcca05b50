import { useCallback, useEffect, useState } from 'react';
import type { ApiClient } from './client';
import { toApiProblem, type ApiProblem } from './problem';
import { useSession } from '../session/session-context';

export interface Resource<T> {
  data: T | undefined;
  problem: ApiProblem | undefined;
  loading: boolean;
  reload(): void;
}


/** Loads from the API when `key` changes (a string naming what is asked), and again on `reload`. */
export function useResource<T>(key: string, load: (api: ApiClient) => Promise<T>): Resource<T> {
  const { api } = useSession();
  const [state, setState] = useState<{ data?: T; problem?: ApiProblem; loading: boolean }>({ loading: true });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    load(api).then(
      (data) => current && setState({ data, loading: false }),
      (error: unknown) => current && setState({ problem: toApiProblem(error), loading: false }),
    );
    return () => {
      current = false;
    };
    // `load` is a new function each render; `key` names what it loads.
  }, [api, key, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { data: state.data, problem: state.problem, loading: state.loading, reload };
}
