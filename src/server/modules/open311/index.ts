// The Open311 module's door (GeoReport v2, read side: /open311/v2/).

export { OPEN311_READ_LIMIT, open311Routes } from './routes';
