import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

// 无障碍: every page of the console names itself in exactly one h1 (card and section titles below it
// are h2 and lower), so a screen reader's "next heading" starts at the page's title. The routed
// pages are the modules the routers load lazily; each page they export renders one h1.
const web = new URL('..', import.meta.url).pathname;
const routers = [
  join(web, 'app/router.tsx'),
  ...readdirSync(join(web, 'modules'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => join(web, 'modules', d.name, 'routes.tsx'))
    .filter(existsSync),
];

/** Page module → how many pages the routers take from it (WritingFormPage gives two). */
function routedPages(): Map<string, number> {
  const pages = new Map<string, number>();
  for (const router of routers) {
    for (const [, spec] of readFileSync(router, 'utf8').matchAll(/import\('(\.[^']+)'\)/g)) {
      const file = `${join(dirname(router), spec ?? '')}.tsx`;
      if (file.endsWith('AppShell.tsx')) continue; // the frame around the pages, not a page
      pages.set(file, (pages.get(file) ?? 0) + 1);
    }
  }
  return pages;
}

const h1s = (source: string) => source.match(/<h1[\s>]|<Typography\.Title\b[^>]*\blevel=\{1\}/g)?.length ?? 0;

describe('page titles', () => {
  const pages = [...routedPages()];

  it('finds the routed pages', () => {
    expect(pages.length).toBeGreaterThan(40);
  });

  it.each(pages.map(([file, count]) => [file.slice(web.length), count] as const))(
    '%s renders one h1 per page',
    (file, count) => {
      expect(h1s(readFileSync(join(web, file), 'utf8'))).toBe(count);
    },
  );
});
