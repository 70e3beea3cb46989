import type { Messages } from './zh-CN';

export const zhTW = {
  appName: '有事好商量',
  loading: '正在載入…',
  retry: '重試',
  elderMode: '長輩版',
  networkError: '網路不太好，沒有連上伺服器。您填寫的內容都還在，請稍後點「重試」。',
  placeNotFound: '找不到這個地點。請重新掃描張貼的二維碼，或聯絡社區工作人員。',
  pageNotFound: '頁面不存在。請掃描張貼的二維碼進入。',

  required: '必填',
  optional: '選填',
  contentCount: '{n}/{max}',
} satisfies Messages;
