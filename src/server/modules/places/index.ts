// The places module's door: other modules use only what is exported here.
export { coverageCondition, coverageFilters, GRASSROOTS_KINDS } from './coverage';
export { canPlace, visiblePlaces, visibleRoots } from './policy';
export { findLivePlaceByCode, findPlaceById, findVisiblePlace, listRegionPlaces } from './queries';
export { placeRoutes } from './routes';
export { ALLOWED_PARENTS, childPath, mayStandUnder } from './rules';
export { PlaceCode } from './schemas';
