import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../enums';
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS, AUDIT_KINDS, auditActionLabel } from './audit';

const SERVER = join(import.meta.dirname, '../../server');
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
  });
const text = sources(SERVER)
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');
const found = (re: RegExp) => [...new Set([...text.matchAll(re)].map((m) => m[1] as string))];

describe('the audit catalogue', () => {
  it('labels every action and record type in every language', () => {
    for (const labels of [...Object.values(AUDIT_ACTION_LABELS), ...Object.values(AUDIT_ENTITY_LABELS)]) {
      for (const locale of LOCALES) expect(labels[locale].trim()).not.toBe('');
      expect(labels['zh-CN']).not.toMatch(/[a-z_]+\.[a-z_]+/); // a label, never a code
    }
  });

  it('labels every action and record type the server writes (as literals in its source)', () => {
    const actions = found(/action: '([a-z0-9_]+\.[a-z0-9_.]+)'/g);
    const entities = found(/entityType: '([a-z0-9_]+)'/g);
    expect(actions.length).toBeGreaterThan(40); // the scan still finds them
    expect(actions.filter((a) => !(a in AUDIT_ACTION_LABELS))).toEqual([]);
    expect(entities.filter((e) => !(e in AUDIT_ENTITY_LABELS))).toEqual([]);
    // actions built as `task.${what}`: the prefix is a kind the catalogue knows
    for (const prefix of found(/action: `([a-z_]+)\.\$\{/g)) expect(AUDIT_KINDS).toContain(prefix);
  });

  it('says the examples the issue named in the reader’s language', () => {
    expect(auditActionLabel('outcome.instruct', 'zh-CN')).toBe('领导批示');
    expect(auditActionLabel('outcome.instruct', 'zh-TW')).toBe('領導批示');
    expect(AUDIT_ENTITY_LABELS.plan_item.en).toBe('Plan item');
    expect(auditActionLabel('gone.away', 'en')).toBe('gone.away');
  });
});
