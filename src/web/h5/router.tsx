import { type AnchorHTMLAttributes, type MouseEvent, useSyncExternalStore } from 'react';

// A router the size of the job: two pages, told apart by the first path segment.
export type Route = { page: 'submit'; code: string } | { page: 'status'; code: string } | { page: 'none' };

export function parseRoute(pathname: string): Route {
  const m = /^\/([st])\/([^/?#]+)\/?$/.exec(pathname);
  if (!m?.[2]) return { page: 'none' };
  const code = decodeURIComponent(m[2]);
  return m[1] === 's' ? { page: 'submit', code } : { page: 'status', code };
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
