import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One rule broken on one element of one page. */
export type AxeFinding = { rule: string; impact: string; path: string; target: string; help: string };

// WCAG 2.0 and 2.1, levels A and AA: what the issue asks the pages to meet
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING = new Set(['critical', 'serious']);

/**
 * Runs axe-core on the page as it is now and returns its critical and serious findings. axe goes
 * in through the DevTools protocol (not a <script> tag, which the server's CSP rightly blocks),
 * and runs once antd's opening animations have finished: text fading in has no contrast yet.
 */
export async function axeFindings(page: Page): Promise<AxeFinding[]> {
  const first = await axeOnce(page);
  if (first.length === 0 || page.isClosed()) return first;
  // a finding seen while something fades (a closing list's opacity lowers its contrast; antd's
  // helper list outlives its dialog's label; a drawer opening again on a loaded machine) counts
  // only if it is still there a moment later and again after that, on the same page; on another
  // page by then, every finding stands
  const key = (f: AxeFinding) => `${f.rule} ${f.target.split(' [')[0]}`;
  let found = first;
  for (const wait of [1_000, 2_000]) {
    await page.waitForTimeout(wait);
    if (page.isClosed() || new URL(page.url()).pathname !== first[0]?.path) return found;
    const still = new Set((await axeOnce(page)).map(key));
    found = found.filter((f) => still.has(key(f)));
    if (found.length === 0) return found;
  }
  return found;
}

async function axeOnce(page: Page): Promise<AxeFinding[]> {
  if (!page.url().startsWith('http')) return []; // a new tab's about:blank is not the app's
  await page.evaluate(`window.axe ? undefined : (() => { ${AXE_SOURCE}\n})()`);
  const path = new URL(page.url()).pathname;
  const violations = await page.evaluate(async (tags) => {
    const settled = () =>
      document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity);
    for (let i = 0; i < 40 && !settled(); i++) await new Promise((r) => setTimeout(r, 50));
    const { axe } = window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<AxeResults> } };
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    // antd's time panel: its hour and minute columns scroll with no focusable item, but the time is
    // typed or stepped with the arrow keys in the picker's own input, which has the focus; the
    // columns are antd's markup, not ours to give a tabindex
    const isTimeColumn = (rule: string, target: unknown[]) =>
      rule === 'scrollable-region-focusable' &&
      typeof target[0] === 'string' &&
      document.querySelector(target[0])?.closest('.ant-picker-time-panel') != null;
    // antd's select keeps a visually hidden listbox beside its open list for screen readers, with
    // no name of its own; the combobox that controls it is what has the focus and is announced, by
    // its label. Left alone only when that combobox has a name.
    const isNamedSelectsList = (rule: string, target: unknown[]) => {
      if (rule !== 'aria-input-field-name' || typeof target[0] !== 'string') return false;
      const list = document.querySelector(target[0]);
      if (list?.getAttribute('role') !== 'listbox' || !list.id) return false;
      const box = document.querySelector(`[role="combobox"][aria-controls="${list.id}"], [aria-owns="${list.id}"]`);
      const labelled = box?.id ? document.querySelector(`label[for="${box.id}"]`) : null;
      return box != null && (box.hasAttribute('aria-label') || box.hasAttribute('aria-labelledby') || labelled != null);
    };
    // contrast is judged on settled text: text under an element still fading (opacity below 1: a
    // drawer closing, a page coming in on a loaded machine) is measured lighter than it is drawn
    const isFading = (rule: string, target: unknown[]) => {
      if (rule !== 'color-contrast' || typeof target[0] !== 'string') return false;
      for (let el = document.querySelector(target[0]); el; el = el.parentElement)
        if (Number(getComputedStyle(el).opacity) < 1) return true;
      return false;
    };
    for (const v of result.violations)
      v.nodes = v.nodes.filter(
        (n) => !isTimeColumn(v.id, n.target) && !isNamedSelectsList(v.id, n.target) && !isFading(v.id, n.target),
      );
    return result.violations
      .filter((v) => v.nodes.length)
      .map((v) => ({
        rule: v.id,
        impact: v.impact ?? '',
        help: v.help,
        // what axe measured (for contrast: the colours and the ratio), to see why at a glance
        targets: v.nodes.map(
          (n) =>
            `${n.target.join(' ')}${n.any[0]?.data?.contrastRatio ? ` [${n.any[0].data.fgColor} on ${n.any[0].data.bgColor}: ${n.any[0].data.contrastRatio}]` : ''}`,
        ),
      }));
  }, TAGS);
  return violations
    .filter((v) => BLOCKING.has(v.impact))
    .flatMap((v) => v.targets.map((target) => ({ rule: v.rule, impact: v.impact, path, target, help: v.help })));
}
