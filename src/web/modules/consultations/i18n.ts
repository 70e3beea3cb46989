import type { Locale } from '../../../shared/enums';

// This module's console texts: zh-CN first; zh-TW and en carry the same keys.
const zhCN = {};

export type ModuleMessages = typeof zhCN;

export const messages: Record<Locale, ModuleMessages> = {
  'zh-CN': zhCN,
  'zh-TW': {},
  en: {},
};
