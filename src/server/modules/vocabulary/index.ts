export { vocabularyRoutes } from './routes';
export { type PendingReindex, saveSynonyms, synonymTable } from './synonyms';
