// What other modules use from revisits (回头看): the outcome page's card and the board's list of those due.
export { DueRevisitsCard } from './DueRevisitsCard';
export { OutcomeRevisitsCard } from './OutcomeRevisitsCard';
