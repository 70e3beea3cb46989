// One text service for every feature that compares or finds residents' words: similar
// submissions, grid screening (网格筛题), topic linking, inbox search and online statements.
import { grams, normalize } from './normalize';
import { vocabulary } from './vocabulary';

export { grams, indexableGrams, normalize } from './normalize';
export { KEY_TERM_WEIGHT, type PoolFrequency, poolOf, Scorer, SIMILAR_THRESHOLD } from './similarity';
export { DEFAULT_SYNONYMS } from './synonyms-data';
export { applySynonyms, type SynonymGroups, Vocabulary, vocabulary } from './vocabulary';

/** What a stored text is searched and compared by: its normalised form, bigrams and terms. */
export function indexText(content: string) {
  const searchText = normalize(content);
  const v = vocabulary();
  return {
    searchText,
    searchGrams: grams(searchText),
    searchTerms: v.terms(searchText),
    searchTermsVersion: v.version,
  };
}

/** The terms of a text as the current vocabulary reads it. */
export const termsOf = (content: string) => vocabulary().terms(normalize(content));
export { planSearch, type QueryTerm, type SearchMode, type SearchPlan } from './search';
export { currentVocabulary, readSynonyms, type StoredSynonyms, writeSynonyms } from './store';
