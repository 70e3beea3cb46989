// 简体中文: the console's first language. zh-TW and en must carry the same keys (see `Messages`).

import { ROLE_LABELS } from '../../shared/messages/accounts';
import { SECTOR_LABELS } from '../../shared/messages/sectors';
import { messages as accountsMessages } from '../modules/accounts/i18n';
import { messages as apiKeysMessages } from '../modules/api-keys/i18n';
import { messages as auditMessages } from '../modules/audit/i18n';
import { messages as authMessages } from '../modules/auth/i18n';
import { messages as consultationsMessages } from '../modules/consultations/i18n';
import { messages as contactsMessages } from '../modules/contacts/i18n';
import { messages as dashboardMessages } from '../modules/dashboard/i18n';
import { messages as dutyMessages } from '../modules/duty/i18n';
import { messages as evaluationsMessages } from '../modules/evaluations/i18n';
import { messages as meMessages } from '../modules/me/i18n';
import { messages as memberGroupsMessages } from '../modules/member-groups/i18n';
import { messages as membersMessages } from '../modules/members/i18n';
import { messages as notificationsMessages } from '../modules/notifications/i18n';
import { messages as onlineMessages } from '../modules/online/i18n';
import { messages as outcomesMessages } from '../modules/outcomes/i18n';
import { messages as placesMessages } from '../modules/places/i18n';
import { messages as proposalsMessages } from '../modules/proposals/i18n';
import { messages as receptionsMessages } from '../modules/receptions/i18n';
import { messages as revisitsMessages } from '../modules/revisits/i18n';
import { messages as submissionsMessages } from '../modules/submissions/i18n';
import { messages as tasksMessages } from '../modules/tasks/i18n';
import { messages as topicsMessages } from '../modules/topics/i18n';
import { messages as trainingsMessages } from '../modules/trainings/i18n';
import { messages as vocabularyMessages } from '../modules/vocabulary/i18n';
import { messages as whistlesMessages } from '../modules/whistles/i18n';
import { messages as workbenchMessages } from '../modules/workbench/i18n';
import { messages as writingsMessages } from '../modules/writings/i18n';
import { wordsOf } from './words';

const zhCN = {
  app: { name: '商量', title: '商量 · 基层协商平台' },
  nav: {
    breadcrumb: '页面位置',
    detail: '详情',
    sections: '本页内容',
    places: '地点',
    submissions: '诉求',
    topics: '议题',
    plan: '年度协商计划',
    consultations: '协商活动',
    procedures: '议事规程',
    outcomes: '协商成果',
    supervision: '督办台',
    myTasks: '我的任务',
    accounts: '账号',
    audit: '审计日志',
    synonyms: '同义词表',
    apiKeys: '接口密钥',
    me: '我的账号',
    menu: '主菜单',
  },
  common: {
    importChecking: '正在逐行检查“{{name}}”，请稍候…',
    importWriting: '正在导入“{{name}}”，请稍候…',
    save: '保存',
    downloadedMb: '已下载 {{mb}} MB',
    exportExcel: '导出Excel',
    cancel: '取消',
    search: '搜索',
    reset: '重置',
    close: '关闭',
    retry: '重试',
    yes: '是',
    no: '否',
    none: '—',
    saved: '已保存',
    total: '共 {{count}} 条',
    notAllowed: '您没有权限查看此页面',
    notFound: '页面不存在',
    notFoundText: '您访问的页面不存在或已被移除。',
    backHome: '返回首页',
    loadFailed: '加载失败',
    pageError: '页面出错了',
  },
  errors: {
    network: '无法连接服务器，请检查网络后重试',
    http: '服务器返回了错误（{{status}}），请稍后再试',
    unknown: '出错了，请稍后再试',
  },
  lang: { label: '语言', 'zh-CN': '简体中文', 'zh-TW': '繁體中文', en: 'English' },
  user: {
    menu: '用户菜单',
    myAccount: '我的账号',
    signOut: '退出登录',
    signOutTitle: '确定退出登录吗？',
    signOutText: '退出后需要重新输入用户名和密码。',
    signedOut: '已退出登录',
  },
  // the roles in words, as the account import names them too (shared/messages/accounts)
  roles: wordsOf(ROLE_LABELS, 'zh-CN'),
  // 界别, as the roster and every other page name them (shared/messages/sectors)
  sectors: wordsOf(SECTOR_LABELS, 'zh-CN'),
  me: meMessages['zh-CN'],
  // each module's own texts, kept beside its pages (modules/<module>/i18n.ts)
  ...authMessages['zh-CN'],
  ...placesMessages['zh-CN'],
  accounts: accountsMessages['zh-CN'],
  audit: auditMessages['zh-CN'],
  submissions: submissionsMessages['zh-CN'],
  topics: topicsMessages['zh-CN'],
  consultations: consultationsMessages['zh-CN'],
  online: onlineMessages['zh-CN'],
  outcomes: outcomesMessages['zh-CN'],
  evaluations: evaluationsMessages['zh-CN'],
  tasks: tasksMessages['zh-CN'],
  proposals: proposalsMessages['zh-CN'],
  dashboard: dashboardMessages['zh-CN'],
  members: membersMessages['zh-CN'],
  revisits: revisitsMessages['zh-CN'],
  memberGroups: memberGroupsMessages['zh-CN'],
  contacts: contactsMessages['zh-CN'],
  receptions: receptionsMessages['zh-CN'],
  duty: dutyMessages['zh-CN'],
  vocabulary: vocabularyMessages['zh-CN'],
  apiKeys: apiKeysMessages['zh-CN'],
  writings: writingsMessages['zh-CN'],
  notifications: notificationsMessages['zh-CN'],
  whistles: whistlesMessages['zh-CN'],
  workbench: workbenchMessages['zh-CN'],
  trainings: trainingsMessages['zh-CN'],
};

export type Messages = typeof zhCN;
export default zhCN;
