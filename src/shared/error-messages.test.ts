import { describe, expect, it } from 'vitest';
import { LOCALES } from './enums';
import { CORE_ERRORS, ERROR_MESSAGES, FIELD_MESSAGES } from './error-messages';
import { ACCOUNTS_ERRORS } from './messages/accounts';
import { API_KEYS_ERRORS } from './messages/api-keys';
import { AUTH_ERRORS } from './messages/auth';
import { CONSULTATIONS_ERRORS } from './messages/consultations';
import { CONTACTS_ERRORS } from './messages/contacts';
import { DUTY_ERRORS } from './messages/duty';
import { EVALUATIONS_ERRORS } from './messages/evaluations';
import { MEMBER_GROUPS_ERRORS } from './messages/member-groups';
import { MEMBERS_ERRORS } from './messages/members';
import { ONLINE_ERRORS } from './messages/online';
import { OPEN311_ERRORS } from './messages/open311';
import { OUTCOMES_ERRORS } from './messages/outcomes';
import { PLACES_ERRORS } from './messages/places';
import { PROPOSALS_ERRORS } from './messages/proposals';
import { RECEPTIONS_ERRORS } from './messages/receptions';
import { REVISITS_ERRORS } from './messages/revisits';
import { SUBMISSIONS_ERRORS } from './messages/submissions';
import { TASKS_ERRORS } from './messages/tasks';
import { TOPICS_ERRORS } from './messages/topics';
import { TRAININGS_ERRORS } from './messages/trainings';
import { WHISTLES_ERRORS } from './messages/whistles';
import { WRITINGS_ERRORS } from './messages/writings';

const catalogues = {
  core: CORE_ERRORS,
  auth: AUTH_ERRORS,
  places: PLACES_ERRORS,
  accounts: ACCOUNTS_ERRORS,
  submissions: SUBMISSIONS_ERRORS,
  topics: TOPICS_ERRORS,
  consultations: CONSULTATIONS_ERRORS,
  online: ONLINE_ERRORS,
  open311: OPEN311_ERRORS,
  apiKeys: API_KEYS_ERRORS,
  outcomes: OUTCOMES_ERRORS,
  tasks: TASKS_ERRORS,
  evaluations: EVALUATIONS_ERRORS,
  proposals: PROPOSALS_ERRORS,
  revisits: REVISITS_ERRORS,
  memberGroups: MEMBER_GROUPS_ERRORS,
  writings: WRITINGS_ERRORS,
  whistles: WHISTLES_ERRORS,
  trainings: TRAININGS_ERRORS,
  members: MEMBERS_ERRORS,
  contacts: CONTACTS_ERRORS,
  receptions: RECEPTIONS_ERRORS,
  duty: DUTY_ERRORS,
};
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('error and field messages', () => {
  it.each([
    ['ERROR_MESSAGES', ERROR_MESSAGES],
    ['FIELD_MESSAGES', FIELD_MESSAGES],
  ])('%s: every code has a text in every language, with the same placeholders', (_, messages) => {
    for (const [code, texts] of Object.entries(messages)) {
      const byLocale: Record<string, string> = texts;
      expect(Object.keys(byLocale).sort(), code).toEqual([...LOCALES].sort());
      for (const locale of LOCALES) {
        expect(byLocale[locale]?.trim(), `${code} ${locale}`).not.toBe('');
        expect(placeholders(byLocale[locale] ?? ''), `${code} ${locale}`).toEqual(
          placeholders(byLocale['zh-CN'] ?? ''),
        );
      }
    }
  });

  // ERROR_MESSAGES spreads the catalogues, so a code defined twice would silently lose one text
  it('each code belongs to one catalogue, and all of them reach ERROR_MESSAGES', () => {
    const owner = new Map<string, string>();
    for (const [name, catalogue] of Object.entries(catalogues))
      for (const [code, texts] of Object.entries(catalogue)) {
        expect(owner.get(code), `${code} in ${name}`).toBeUndefined();
        owner.set(code, name);
        expect(ERROR_MESSAGES[code as keyof typeof ERROR_MESSAGES]).toBe(texts);
      }
    expect(owner.size).toBe(Object.keys(ERROR_MESSAGES).length);
  });
});
