// What other modules use from topics (the pages load through the router, each its own chunk).
export { MakeTopicButton } from './MakeTopicButton';
export { mayMakeTopic } from './roles';
