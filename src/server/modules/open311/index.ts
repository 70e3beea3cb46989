// The Open311 module's door (GeoReport v2, read side: /open311/v2/).

export { open311Routes } from './routes';
