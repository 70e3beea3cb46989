import { rememberedChoice } from './remembered';

// 长辈版 (适老化): larger type, higher contrast, a simpler page; remembered on this phone.
const elder = rememberedChoice(
  'sl-h5-elder',
  (stored) => (stored === '1' ? '1' : '0'),
  (v) => document.documentElement.classList.toggle('is-elder', v === '1'),
);

/** Turns 长辈版 on or off and remembers it. */
export const setElder = (on: boolean) => elder.set(on ? '1' : '0');

/** Whether 长辈版 is on; components re-render when it changes. */
export const useElder = () => elder.use() === '1';
