import { useEffect, useRef } from 'react';
import type { SetURLSearchParams } from 'react-router';
import { useMe } from '../auth/api';
import { inboxStart, storageKey } from './inbox-start';

/** Opens a bare inbox where `inboxStart` says, and remembers each filtered view the person makes. */
export function useInboxStart(params: URLSearchParams, setParams: SetURLSearchParams) {
  const me = useMe().data;
  const query = params.toString();
  const isOpened = useRef(false);
  useEffect(() => {
    if (!me) return;
    const key = storageKey(me.id);
    // only the inbox as first opened starts elsewhere; 全部 chosen later is the view asked for
    if (query === '' && !isOpened.current) {
      isOpened.current = true;
      const start = inboxStart(me, readStored(key));
      if (start) setParams(new URLSearchParams(start), { replace: true });
      return;
    }
    isOpened.current = true;
    // a one-off recording form (?new=1) is not a view to come back to
    if (!params.has('new')) writeStored(key, query);
  }, [me, query, params, setParams]);
}

// storage can be off (private windows, policies): remembering is a convenience, never an error
export function readStored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
function writeStored(key: string, value: string) {
  try {
    localStorage.setItem(key, value);
  } catch {}
}

/** The inbox view the person last made on this device ("?status=received…"), or '' when none. */
export const rememberedInbox = (accountId: string | undefined) => {
  const q = accountId ? readStored(storageKey(accountId)) : null;
  return q ? `?${q}` : '';
};
