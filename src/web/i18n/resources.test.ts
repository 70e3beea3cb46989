import { describe, expect, it } from 'vitest';
import { messages as accounts } from '../modules/accounts/i18n';
import { messages as apiKeys } from '../modules/api-keys/i18n';
import { messages as audit } from '../modules/audit/i18n';
import { messages as auth } from '../modules/auth/i18n';
import { messages as consultations } from '../modules/consultations/i18n';
import { messages as dashboard } from '../modules/dashboard/i18n';
import { messages as duty } from '../modules/duty/i18n';
import { messages as evaluations } from '../modules/evaluations/i18n';
import { messages as me } from '../modules/me/i18n';
import { messages as memberGroups } from '../modules/member-groups/i18n';
import { messages as members } from '../modules/members/i18n';
import { messages as notifications } from '../modules/notifications/i18n';
import { messages as online } from '../modules/online/i18n';
import { messages as outcomes } from '../modules/outcomes/i18n';
import { messages as places } from '../modules/places/i18n';
import { messages as proposals } from '../modules/proposals/i18n';
import { messages as revisits } from '../modules/revisits/i18n';
import { messages as submissions } from '../modules/submissions/i18n';
import { messages as tasks } from '../modules/tasks/i18n';
import { messages as topics } from '../modules/topics/i18n';
import { messages as trainings } from '../modules/trainings/i18n';
import { messages as vocabulary } from '../modules/vocabulary/i18n';
import { messages as whistles } from '../modules/whistles/i18n';
import { messages as writings } from '../modules/writings/i18n';
import en from './en';
import zhCN from './zh-CN';
import zhTW from './zh-TW';

// The console's resources as i18next gets them: the app shell's texts plus every module's.
const resources = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };
const others = ['zh-TW', 'en'] as const;

function flatten(value: unknown, prefix = '', into = new Map<string, string>()) {
  if (typeof value === 'string') into.set(prefix, value);
  else for (const [k, v] of Object.entries(value as object)) flatten(v, prefix ? `${prefix}.${k}` : k, into);
  return into;
}
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('console resources', () => {
  const reference = flatten(resources['zh-CN']);

  it.each(others)('%s has exactly the keys of zh-CN', (lang) => {
    expect([...flatten(resources[lang]).keys()].sort()).toEqual([...reference.keys()].sort());
  });

  // (a text may be empty where a language needs no word, as en's consultations.council.daySuffix)
  it.each(others)('%s has the placeholders of zh-CN', (lang) => {
    for (const [key, text] of flatten(resources[lang]))
      expect(placeholders(text), key).toEqual(placeholders(reference.get(key) ?? ''));
  });

  // a module's texts live under its own namespace, or (places, auth) under the namespaces its pages
  // read, spread into the resources: none may be shadowed by another module's or the shell's
  it.each(['zh-CN', ...others] as const)('%s carries every module whole', (lang) => {
    const own = {
      accounts,
      audit,
      submissions,
      topics,
      consultations,
      online,
      outcomes,
      evaluations,
      me,
      tasks,
      proposals,
      dashboard,
      members,
      revisits,
      memberGroups,
      duty,
      vocabulary,
      apiKeys,
      notifications,
      writings,
      whistles,
      trainings,
    };
    for (const [name, texts] of Object.entries(own))
      expect(resources[lang][name as keyof typeof own]).toBe(texts[lang]);
    for (const spread of [places, auth])
      for (const [ns, texts] of Object.entries(spread[lang]))
        expect(resources[lang][ns as keyof (typeof resources)['zh-CN']], ns).toBe(texts);
  });
});
