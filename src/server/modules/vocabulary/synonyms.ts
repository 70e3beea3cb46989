// The synonym table (同义词表) an administrator keeps for the deployment: what residents and staff
// call one thing, folded into one word by the text service before texts are compared or searched.
import { writeAudit } from '../../platform/audit';
import type { Ctx } from '../../platform/context';
import { depthOf } from '../../platform/db/place-path';
import { forbidden, invalid } from '../../platform/errors';
import { DEFAULT_SYNONYMS, normalize, readSynonyms, writeSynonyms } from '../../platform/text';

/** Counts submissions whose stored words were read with another vocabulary (injected by app.ts). */
export type PendingReindex = (ctx: Ctx) => Promise<number>;

// one table for the whole deployment: only an admin of a top-level place may change it
const isDeploymentAdmin = (ctx: Ctx) => ctx.actor.grants.some((g) => g.role === 'admin' && depthOf(g.placePath) === 1);

/**
 * A table as it will be stored: words normalised (繁→简, full-width folded) and each group's
 * duplicates dropped; a word in two groups is refused, naming both places.
 */
export function cleanGroups(groups: readonly (readonly string[])[]): string[][] {
  const seen = new Map<string, number>();
  const problems: { path: string; key: 'synonym_elsewhere'; params: Record<string, unknown> }[] = [];
  const clean = groups.map((group, i) => {
    const words: string[] = [];
    // j counts the words as typed (简 and 繁 of one word are kept once), so the path names the field
    group.forEach((typed, j) => {
      const word = normalize(typed.trim());
      if (words.includes(word)) return;
      words.push(word);
      const other = seen.get(word);
      if (other !== undefined && other !== i)
        problems.push({ path: `groups.${i}.${j}`, key: 'synonym_elsewhere', params: { word, group: other + 1 } });
      else seen.set(word, i);
    });
    return words;
  });
  if (problems.length) throw invalid(problems);
  return clean;
}

/** The table in use, for the console. */
export async function synonymTable(ctx: Ctx, pending: PendingReindex) {
  if (!isDeploymentAdmin(ctx)) throw forbidden();
  const [stored, pendingReindex] = await Promise.all([readSynonyms(ctx.db), pending(ctx)]);
  return { ...stored, pendingReindex };
}

/**
 * Saves the deployment's synonym table, with its audit event; stored texts are read again with it
 * in the background (a batch a minute, see reindexTermsJob). `groups` null: back to the shipped table.
 */
export async function saveSynonyms(ctx: Ctx, groups: readonly (readonly string[])[] | null, pending: PendingReindex) {
  if (!isDeploymentAdmin(ctx)) throw forbidden();
  const next = groups ? cleanGroups(groups) : DEFAULT_SYNONYMS.map((g) => [...g]);
  await ctx.db.transaction(async (tx) => {
    const before = await readSynonyms(tx);
    await writeSynonyms(tx, next, before.edits + 1);
    await writeAudit(tx, ctx, {
      action: groups ? 'settings.synonyms' : 'settings.synonyms_reset',
      entityType: 'settings',
      entityId: 'synonyms',
      placePath: ctx.actor.homePlacePath,
      before: { groups: before.groups.length, edits: before.edits, changed: changedGroups(before.groups, next) },
      after: { groups: next.length, edits: before.edits + 1 },
    });
  });
  return synonymTable(ctx, pending);
}

/** The groups added or removed between two tables, by their shown word: what an auditor reads. */
function changedGroups(before: readonly (readonly string[])[], after: readonly (readonly string[])[]) {
  const key = (g: readonly string[]) => g.join('、');
  const was = new Set(before.map(key));
  const now = new Set(after.map(key));
  return {
    added: [...now].filter((g) => !was.has(g)).slice(0, 50),
    removed: [...was].filter((g) => !now.has(g)).slice(0, 50),
  };
}
