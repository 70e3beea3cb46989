// What other modules use from places.
export { KindTag } from './KindTag';
export { PlaceFilter } from './PlaceFilter';
export { PlacePicker } from './PlacePicker';
