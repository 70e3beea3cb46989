// The contract's limits, repeated here so the console does not bundle zod; `satisfies` keeps them
// equal to the contract's.
import type { REVISIT_LIMITS } from '../../../shared/api/revisits';

export const LIMITS = {
  findings: 2000,
  residentsView: 2000,
  photos: 9,
  photoBytes: 10_485_760,
} as const satisfies typeof REVISIT_LIMITS;

/** The photos a revisit takes (the server decides by the first bytes; this spares a wasted upload). */
export const PHOTO_ACCEPT = '.jpg,.jpeg,.png,.webp';
