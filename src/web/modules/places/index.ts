// What other modules use from places.
export { KindTag } from './KindTag';
export { PlacePicker } from './PlacePicker';
