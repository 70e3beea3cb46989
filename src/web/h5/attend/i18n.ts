// This feature's phone texts, merged into the residents' app dictionaries (keys unique across features).
const zhCN = {};

type Keys = Record<keyof typeof zhCN, string>;

export const messages: { 'zh-CN': Keys; 'zh-TW': Keys; en: Keys } = {
  'zh-CN': zhCN,
  'zh-TW': {},
  en: {},
};
