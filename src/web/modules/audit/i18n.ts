import type { Locale } from '../../../shared/enums';

// This module's console texts: zh-CN first; zh-TW and en carry the same keys.
const zhCN = {
  title: '审计日志',
  action: '操作',
  actionPlaceholder: '全部操作',
  signIns: '包括登录记录',
  actor: '操作人',
  actorPlaceholder: '操作人姓名或用户名',
  entityType: '对象类型',
  period: '时间范围',
  at: '时间',
  entity: '对象',
  ip: 'IP 地址',
  query: '查询',
  before: '变更前',
  after: '变更后',
  changed: '变更的字段',
  nothing: '没有记录变更内容',
  system: '系统',
  settings: { synonyms: '同义词表', submission_deadline_days: '诉求办理期限' },
};

export type ModuleMessages = typeof zhCN;

const zhTW: ModuleMessages = {
  title: '稽核日誌',
  action: '操作',
  actionPlaceholder: '全部操作',
  signIns: '包括登入記錄',
  actor: '操作人',
  actorPlaceholder: '操作人姓名或使用者名稱',
  entityType: '對象類型',
  period: '時間範圍',
  at: '時間',
  entity: '對象',
  ip: 'IP 位址',
  query: '查詢',
  before: '變更前',
  after: '變更後',
  changed: '變更的欄位',
  nothing: '沒有記錄變更內容',
  system: '系統',
  settings: { synonyms: '同義詞表', submission_deadline_days: '訴求辦理期限' },
};

const en: ModuleMessages = {
  title: 'Audit log',
  action: 'Action',
  actionPlaceholder: 'All actions',
  signIns: 'Include sign-ins',
  actor: 'By',
  actorPlaceholder: 'Name or username',
  entityType: 'Record type',
  period: 'Period',
  at: 'When',
  entity: 'Record',
  ip: 'IP address',
  query: 'Search',
  before: 'Before',
  after: 'After',
  changed: 'Changed fields',
  nothing: 'No change was recorded',
  system: 'System',
  settings: { synonyms: 'Synonym table', submission_deadline_days: 'Submission deadlines' },
};

export const messages: Record<Locale, ModuleMessages> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };
