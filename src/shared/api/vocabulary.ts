// The deployment's vocabulary: the synonym groups the text service folds (platform/text), which
// an administrator edits in the console. The first word of a group is the one shown.
import { z } from 'zod';
import { IsoDate } from './common';

/** A word of a synonym group: 2–12 characters, no spaces (Chinese is written without them). */
const Word = z
  .string()
  .trim()
  .min(2)
  .max(12)
  .regex(/^[^\s,，、;；]+$/u);

export const SynonymGroup = z.array(Word).min(2).max(60);

export const SaveSynonymsBody = z.object({ groups: z.array(SynonymGroup).max(2000) });

export const SynonymsResponse = z.object({
  groups: z.array(z.array(z.string())),
  /** the table shipped with the platform: never edited here, or restored to it */
  isDefault: z.boolean(),
  /** how many times this deployment's table was saved */
  edits: z.number(),
  updatedAt: IsoDate.nullable(),
  /** submissions whose words are still read with an earlier table (re-read a batch a minute) */
  pendingReindex: z.number(),
});
