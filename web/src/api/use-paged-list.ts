import { useCallback, useEffect, useState } from 'react';
import type { ApiClient, Page } from './client';
import { toApiProblem, type ApiProblem } from './problem';
import { useSession } from '../session/session-context';

export interface PagedList<T> {
  items: T[];
  problem: ApiProblem | undefined;
  loading: boolean;
  /** Whether the API has another page. */
  hasMore: boolean;
  more(): void;
}

interface State<T> {
  items: T[];
  nextCursor: string | null;
  problem?: ApiProblem;
  loading: boolean;
}


/** A list read a page at a time: the first page whenever `key` changes, the next ones on `more`. */
export function usePagedList<T>(key: string, loadPage: (api: ApiClient, cursor: string | undefined) => Promise<Page<T>>): PagedList<T> {
  const { api } = useSession();
  const [state, setState] = useState<State<T>>({ items: [], nextCursor: null, loading: true });
  const [cursor, setCursor] = useState<string>();

  useEffect(() => setCursor(undefined), [key]);
  useEffect(() => {
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    loadPage(api, cursor).then(
      (page) => current && setState((previous) => ({ items: cursor ? [...previous.items, ...page.items] : page.items, nextCursor: page.nextCursor, loading: false })),
      (error: unknown) => current && setState((previous) => ({ ...previous, problem: toApiProblem(error), loading: false })),
    );
    return () => {
      current = false;
    };
  }, [api, key, cursor]);

  const more = useCallback(() => setCursor(state.nextCursor ?? undefined), [state.nextCursor]);
  return { items: state.items, problem: state.problem, loading: state.loading, hasMore: state.nextCursor !== null, more };
}
