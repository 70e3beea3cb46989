/** What a notice names of a manual duty entry: the start of the member's own words. */
export const entryTitle = (description: string) =>
  description.length > 40 ? `${description.slice(0, 40)}…` : description;
