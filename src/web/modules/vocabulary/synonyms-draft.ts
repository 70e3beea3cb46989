// The synonym table as the page edits it before saving: pure, so the rules can be tested alone.
import type { FieldIssue } from '../../api/client';

/** A group as the page holds it: its words, the first one shown, and a key that survives edits. */
export type DraftGroup = { key: string; words: string[] };
type Groups = readonly (readonly string[])[];

export const toDraft = (groups: Groups): DraftGroup[] =>
  groups.map((words, i) => ({ key: `s${i}`, words: [...words] }));

export const sameGroups = (a: Groups, b: Groups) =>
  a.length === b.length && a.every((g, i) => g.length === b[i]?.length && g.every((w, j) => w === b[i]?.[j]));

/** Words compare as they are searched: trimmed, latin letters in any case. */
const fold = (word: string) => word.trim().toLowerCase();

/** Groups with a word containing `query`, each with its place in the table (第 N 组 counts from 1). */
export function filterGroups(draft: readonly DraftGroup[], query: string) {
  const q = fold(query);
  return draft
    .map((group, index) => ({ group, index }))
    .filter(({ group }) => !q || group.words.some((w) => fold(w).includes(q)));
}

// The wire contract's rules for a word and a group (SaveSynonymsBody); the server checks them again.
export const WORD_MAX = 12;
export const GROUP_MAX = 60;
const SEPARATORS = /[\s,，、;；]/u;

export type WordIssue = 'length' | 'separator';

/** What is wrong with a word, if anything: 2–12 characters, no spaces, commas or semicolons. */
export function wordIssue(word: string): WordIssue | undefined {
  const w = word.trim();
  if (w.length < 2 || w.length > WORD_MAX) return 'length';
  if (SEPARATORS.test(w)) return 'separator';
  return undefined;
}

/** A group's words: the shown one first, each once, blanks dropped. */
export function groupWords(shown: string, others: readonly string[]): string[] {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const raw of [shown, ...others]) {
    const w = raw.trim();
    if (w && !seen.has(fold(w))) {
      seen.add(fold(w));
      words.push(w);
    }
  }
  return words;
}

/** The index of another group that already has `word` (a word belongs to one group), or -1. */
export const groupHolding = (draft: readonly DraftGroup[], word: string, exceptKey?: string) =>
  draft.findIndex((g) => g.key !== exceptKey && g.words.some((w) => fold(w) === fold(word)));

/** Problems the server found, on the groups they belong to: word indexes to mark, and messages. */
export type RowErrors = ReadonlyMap<string, { words: ReadonlySet<number>; messages: string[] }>;

/**
 * The server names a problem by its place in the table as sent — `groups.3.1` a word, `groups.3` a
 * whole group — so each is put on the group it was about (by key, which survives later edits);
 * `other` keeps those about the table as a whole.
 */
export function rowErrorsOf(fields: readonly FieldIssue[], sent: readonly DraftGroup[]) {
  const rows = new Map<string, { words: Set<number>; messages: string[] }>();
  const other: FieldIssue[] = [];
  for (const issue of fields) {
    const m = /^groups\.(\d+)(?:\.(\d+))?$/.exec(issue.path);
    const group = m ? sent[Number(m[1])] : undefined;
    if (!m || !group) {
      other.push(issue);
      continue;
    }
    const row = rows.get(group.key) ?? { words: new Set<number>(), messages: [] };
    if (m[2] !== undefined) row.words.add(Number(m[2]));
    if (!row.messages.includes(issue.message)) row.messages.push(issue.message);
    rows.set(group.key, row);
  }
  return { rows: rows as RowErrors, other };
}
