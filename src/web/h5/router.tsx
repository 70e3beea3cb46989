import { type AnchorHTMLAttributes, type MouseEvent, useSyncExternalStore } from 'react';

// A router the size of the job: a few pages, told apart by the first path segment.
export type Route =
  | { page: 'submit' | 'status' | 'attend' | 'online' | 'board' | 'evaluate'; code: string }
  | { page: 'track' } // /t: type a tracking code (查询进度)
  | { page: 'none' };

// /s/<place code> raise a problem · /t/<tracking code> follow it · /a/<token> sign in to a
// consultation (its attendance QR code) · /o/<token> take part in an online consultation ·
// /p/<place code> the place's public board (公开栏) · /e/<token> rate an outcome (群众评价)
const PAGES = { s: 'submit', t: 'status', a: 'attend', o: 'online', p: 'board', e: 'evaluate' } as const;

export function parseRoute(pathname: string): Route {
  if (pathname === '/t' || pathname === '/t/') return { page: 'track' };
  const m = /^\/([staope])\/([^/?#]+)\/?$/.exec(pathname);
  if (!m?.[1] || !m[2]) return { page: 'none' };
  return { page: PAGES[m[1] as keyof typeof PAGES], code: decodeURIComponent(m[2]) };
}

const subscribe = (fn: () => void) => {
  window.addEventListener('popstate', fn);
  return () => window.removeEventListener('popstate', fn);
};

export const usePathname = () => useSyncExternalStore(subscribe, () => location.pathname);

export function navigate(to: string) {
  history.pushState(null, '', to);
  window.dispatchEvent(new PopStateEvent('popstate'));
  window.scrollTo(0, 0);
}

export const submitPath = (placeCode: string) => `/s/${encodeURIComponent(placeCode)}`;
export const statusPath = (trackingCode: string) => `/t/${encodeURIComponent(trackingCode)}`;
export const trackPath = '/t/';
export const attendPath = (token: string) => `/a/${encodeURIComponent(token)}`;
export const onlinePath = (token: string) => `/o/${encodeURIComponent(token)}`;
export const boardPath = (placeCode: string) => `/p/${encodeURIComponent(placeCode)}`;

/** An ordinary link that changes page without reloading (a plain click only; new tabs still work). */
export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const handle = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={handle} {...rest} />;
}
