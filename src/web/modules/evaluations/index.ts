// What other modules use from evaluations (the outcome page shows the 三评 card).
export { OutcomeEvaluationCard } from './OutcomeEvaluationCard';
