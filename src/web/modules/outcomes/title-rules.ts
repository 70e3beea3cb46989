import { OUTCOME_TYPES, type OutcomeType } from '../../../shared/enums';

export type DefaultTitle = (topic: string, type: OutcomeType) => string;

/**
 * The title after the type changes: it follows the type while it is still a default one (or
 * empty) — 建议案 → 专项报告 retitles "关于…的建议案" — and never replaces a title someone wrote.
 */
export function retitle(title: string, topic: string, type: OutcomeType, defaultTitle: DefaultTitle) {
  const current = title.trim();
  const isDefault = current === '' || OUTCOME_TYPES.some((t) => current === defaultTitle(topic, t));
  return isDefault ? defaultTitle(topic, type) : title;
}
