// The places module's door: other modules use only what is exported here.
export { COVERAGE_SQL, coverageFilters, GRASSROOTS_KINDS } from './coverage';
export { canPlace, visiblePlaces } from './policy';
export { findLivePlaceByCode, findPlaceById, findVisiblePlace } from './queries';
export { placeRoutes } from './routes';
export { ALLOWED_PARENTS, childPath, mayStandUnder } from './rules';
export { PlaceCode } from './schemas';
