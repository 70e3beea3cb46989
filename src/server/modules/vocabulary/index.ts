export { type PendingReindex, saveSynonyms, synonymTable } from './synonyms';
export { vocabularyRoutes } from './routes';
