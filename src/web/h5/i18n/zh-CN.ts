/**
 * The residents' app's shared texts in simplified Chinese (each feature keeps its own beside its code):
 * the reference every other language must match key for key.
 */
export const zhCN = {
  appName: '有事好商量',
  loading: '正在加载…',
  retry: '重试',
  elderMode: '长辈版',
  networkError: '网络不太好，没有连上服务器。您填写的内容都还在，请稍后点“重试”。',
  placeNotFound: '找不到这个地点。请重新扫描张贴的二维码，或联系社区工作人员。',
  pageNotFound: '页面不存在。请扫描张贴的二维码进入。',

  required: '必填',
  optional: '选填',
  contentCount: '{n}/{max}',
};

export type Messages = Record<keyof typeof zhCN, string>;
