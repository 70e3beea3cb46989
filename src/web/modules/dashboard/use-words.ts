import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFigure, unitSuffixKey } from './format';
import { breakdownTitleKey, partWordKey } from './labels';
import type { FigureKey, FigurePart, FigureUnit } from './types';

/** The dashboard's words in the reader's language: figure names, part names, numbers with their units. */
export function useDashboardWords() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  // (one object per language, so charts built from it redraw only when the language changes)
  return useMemo(() => wordsFor(t, locale), [t, locale]);
}

function wordsFor(t: TFunction, locale: string) {
  // the keys are built from the contract's enums (labels.ts, tested); i18next types each literal key apart
  const say = t as unknown as (key: string) => string;
  const suffix = (unit: FigureUnit) => {
    const key = unitSuffixKey(unit);
    return key ? say(key) : undefined;
  };
  return {
    figure: (key: FigureKey) => t(`dashboard.figures.${key}`),
    breakdown: (by: string) => {
      const key = breakdownTitleKey(by);
      return key ? say(key) : by;
    },
    part: (by: string, p: Pick<FigurePart, 'key' | 'label'>) => {
      const key = partWordKey(by, p.key);
      return key ? say(key) : (p.label ?? p.key);
    },
    number: (value: number | null | undefined, unit: FigureUnit) => formatFigure(value, unit, locale),
    suffix,
    /** the number with its unit word, for tooltips and labels: 1,234 人次 */
    withUnit: (value: number | null | undefined, unit: FigureUnit) =>
      [formatFigure(value, unit, locale), value === null ? undefined : suffix(unit)].filter(Boolean).join(' '),
  };
}
