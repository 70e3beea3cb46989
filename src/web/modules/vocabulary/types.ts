// The vocabulary API's JSON as the console sends and receives it, inferred from the wire contract.
import type { Wire } from '../../../shared/api/common';
import type { SaveSynonymsBody, SynonymsResponse } from '../../../shared/api/vocabulary';

/** The deployment's synonym table (同义词表), its state, and how much is still being re-read with it. */
export type Synonyms = Wire<typeof SynonymsResponse>;
export type SaveSynonymsInput = Wire<typeof SaveSynonymsBody>;
