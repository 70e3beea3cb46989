import type { Messages } from './zh-CN';

export const en = {
  appName: 'Shangliang',
  loading: 'Loading…',
  retry: 'Try again',
  elderMode: 'Large text',
  networkError: 'The network is weak and the server could not be reached. What you typed is kept; tap “Try again”.',
  placeNotFound: 'This place was not found. Scan the posted QR code again, or ask community staff.',
  pageNotFound: 'This page does not exist. Scan the posted QR code to start.',

  required: 'Required',
  optional: 'Optional',
  contentCount: '{n}/{max}',
} satisfies Messages;
