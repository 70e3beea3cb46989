// Types several console modules share, inferred from the wire contract (src/shared/api); each
// module's own wire types live in its types.ts.
import type { paged, Wire } from '../../shared/api/common';
import type { Me as MeWire } from '../modules/auth/types';

export type Me = MeWire;

/** A page of a listing: the page's items and the total across pages. */
export type Page<T> = Omit<Wire<ReturnType<typeof paged>>, 'items'> & { items: T[] };
