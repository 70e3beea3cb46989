import type { z } from 'zod';
import type { CreatePlaceBody, ListPlacesQuery, UpdatePlaceBody } from '../../../shared/api/places';

export * from '../../../shared/api/places';

export type CreatePlaceInput = z.infer<typeof CreatePlaceBody>;
export type UpdatePlaceInput = z.infer<typeof UpdatePlaceBody>;
export type ListPlacesInput = z.infer<typeof ListPlacesQuery>;
