import type { ReactNode } from 'react';

/**
 * A table (or anything) that may be wider than its card: it scrolls sideways inside a region that
 * has a name and takes keyboard focus, so people without a mouse can scroll it too (WCAG 2.1.1,
 * axe scrollable-region-focusable). The content keeps at least `minWidth` px before it scrolls.
 */
export function ScrollRegion({ label, minWidth, children }: { label: string; minWidth: number; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
    <section className="scroll-region" aria-label={label} tabIndex={0}>
      <div style={{ minWidth }}>{children}</div>
    </section>
  );
}
