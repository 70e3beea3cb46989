import type { Locale } from '../../../shared/enums';

// This module's console texts: zh-CN first; zh-TW and en carry the same keys.
const zhCN = {
  title: '接口密钥',
  intro:
    '合作系统（如 12345 热线）凭密钥通过 Open311 接口向本辖区提交诉求、查询办理状态。每把密钥只能提交到所选地点及其下级；密钥只在签发时显示一次。',
  issue: '签发密钥',
  columns: {
    name: '合作方',
    place: '适用地点',
    prefix: '密钥前缀',
    status: '状态',
    createdAt: '签发',
    lastUsedAt: '最近使用',
    requests: '已提交',
    actions: '操作',
  },
  active: '在用',
  revoked: '已吊销',
  revokedBy: '{{name}} 于 {{time}} 吊销',
  never: '从未使用',
  revoke: '吊销',
  revokeTitle: '吊销“{{name}}”的密钥？',
  revokeText: '吊销后，该合作系统用这把密钥提交或查询都会被拒绝，且无法恢复。',
  revokeDone: '已吊销',
  empty: '还没有签发密钥',
  form: {
    name: '合作方名称',
    namePlaceholder: '例如：12345热线',
    nameRequired: '请输入合作方名称',
    place: '适用地点',
    placeRequired: '请选择地点',
  },
  issued: {
    title: '密钥已签发',
    warning: '请立即复制并交给合作方。关闭此窗口后，密钥不会再显示。',
    copy: '复制密钥',
    copied: '已复制',
    done: '我已保存，关闭',
  },
};

export type ModuleMessages = typeof zhCN;

const zhTW: ModuleMessages = {
  title: '介面金鑰',
  intro:
    '合作系統（如 12345 熱線）憑金鑰透過 Open311 介面向本轄區提交訴求、查詢辦理狀態。每把金鑰只能提交到所選地點及其下級；金鑰只在簽發時顯示一次。',
  issue: '簽發金鑰',
  columns: {
    name: '合作方',
    place: '適用地點',
    prefix: '金鑰前綴',
    status: '狀態',
    createdAt: '簽發',
    lastUsedAt: '最近使用',
    requests: '已提交',
    actions: '操作',
  },
  active: '使用中',
  revoked: '已撤銷',
  revokedBy: '{{name}} 於 {{time}} 撤銷',
  never: '從未使用',
  revoke: '撤銷',
  revokeTitle: '撤銷「{{name}}」的金鑰？',
  revokeText: '撤銷後，該合作系統用這把金鑰提交或查詢都會被拒絕，且無法恢復。',
  revokeDone: '已撤銷',
  empty: '尚未簽發金鑰',
  form: {
    name: '合作方名稱',
    namePlaceholder: '例如：12345熱線',
    nameRequired: '請輸入合作方名稱',
    place: '適用地點',
    placeRequired: '請選擇地點',
  },
  issued: {
    title: '金鑰已簽發',
    warning: '請立即複製並交給合作方。關閉此視窗後，金鑰不會再顯示。',
    copy: '複製金鑰',
    copied: '已複製',
    done: '我已保存，關閉',
  },
};

const en: ModuleMessages = {
  title: 'API keys',
  intro:
    'Partner systems (a 12345 hotline) use a key to hand requests in through Open311 and read their status. A key reaches the chosen place and everything beneath it; its secret is shown once, when issued.',
  issue: 'Issue a key',
  columns: {
    name: 'Partner',
    place: 'Place',
    prefix: 'Key prefix',
    status: 'Status',
    createdAt: 'Issued',
    lastUsedAt: 'Last used',
    requests: 'Requests',
    actions: 'Actions',
  },
  active: 'Active',
  revoked: 'Revoked',
  revokedBy: 'Revoked by {{name}} at {{time}}',
  never: 'Never',
  revoke: 'Revoke',
  revokeTitle: 'Revoke the key of “{{name}}”?',
  revokeText: 'Once revoked, the partner’s requests with this key are refused. This cannot be undone.',
  revokeDone: 'Revoked',
  empty: 'No keys issued yet',
  form: {
    name: 'Partner name',
    namePlaceholder: 'e.g. 12345 hotline',
    nameRequired: 'Enter the partner’s name',
    place: 'Place',
    placeRequired: 'Choose a place',
  },
  issued: {
    title: 'Key issued',
    warning: 'Copy it now and hand it to the partner. Once this window closes, the key is never shown again.',
    copy: 'Copy key',
    copied: 'Copied',
    done: 'I have saved it — close',
  },
};

export const messages: Record<Locale, ModuleMessages> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };
