import { useMemo, useRef, useState } from 'react';
import { type DraftGroup, type RowErrors, sameGroups, toDraft } from './synonyms-draft';

const NO_ERRORS: RowErrors = new Map();

/**
 * The table being edited: the saved one until the first change, then a draft the page saves whole.
 * Problems the server found stay on their groups until those groups are edited or removed.
 */
export function useSynonymsEditor(saved: readonly (readonly string[])[] | undefined) {
  const [edited, setEdited] = useState<DraftGroup[] | null>(null);
  const [errors, setErrors] = useState<RowErrors>(NO_ERRORS);
  const lastKey = useRef(0);
  const draft = useMemo(() => edited ?? toDraft(saved ?? []), [edited, saved]);
  const isDirty =
    edited !== null &&
    !sameGroups(
      edited.map((g) => g.words),
      saved ?? [],
    );

  const clearErrorsOf = (key: string) => {
    if (!errors.has(key)) return;
    const next = new Map(errors);
    next.delete(key);
    setErrors(next);
  };

  return {
    draft,
    isDirty,
    errors,
    setErrors,
    /** Adds a group at the end (numbers of the others stay); answers its index. */
    add: (words: string[]) => {
      lastKey.current += 1;
      setEdited([...draft, { key: `n${lastKey.current}`, words }]);
      return draft.length;
    },
    update: (key: string, words: string[]) => {
      setEdited(draft.map((g) => (g.key === key ? { key, words } : g)));
      clearErrorsOf(key);
    },
    remove: (key: string) => {
      setEdited(draft.filter((g) => g.key !== key));
      clearErrorsOf(key);
    },
    /** Back to the saved table (after saving, or to drop the changes). */
    discard: () => {
      setEdited(null);
      setErrors(NO_ERRORS);
    },
  };
}
