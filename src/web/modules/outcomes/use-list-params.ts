import { OUTCOME_STATUSES, OUTCOME_TYPES } from '../../../shared/enums';
import { oneOf, type ParamChanges, pagingOf, useUrlParams } from '../../lib/url-params';
import type { OutcomeBox, OutcomeFilters } from './api';

const asBox = oneOf<OutcomeBox>(['all', 'received']);
const asType = oneOf(OUTCOME_TYPES);
const asStatus = oneOf(OUTCOME_STATUSES);

export type ListParam = 'box' | 'q' | 'type' | 'status' | 'page' | 'pageSize' | 'new';
export type ListChanges = ParamChanges<ListParam>;

/** The list's filters live in the URL; `new=<consultation id>` opens the create form for it. */
export function useListParams(defaultBox: OutcomeBox) {
  const [params, setFilter] = useUrlParams<ListParam>({ replaces: 'new' });
  const filters: OutcomeFilters = {
    box: asBox(params.get('box')) ?? defaultBox,
    q: params.get('q') ?? undefined,
    type: asType(params.get('type')),
    status: asStatus(params.get('status')),
    ...pagingOf(params),
  };
  return { filters, newFrom: params.get('new') ?? undefined, setFilter };
}
