// What other modules use from online (the consultation page renders the panel for online consultations).
export { OnlinePanel } from './OnlinePanel';
