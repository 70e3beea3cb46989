// What other modules use from vocabulary (the page loads through the router, its own chunk).
export { mayKeepSynonyms } from './roles';
