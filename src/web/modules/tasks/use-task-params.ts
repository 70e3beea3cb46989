import { useSearchParams } from 'react-router';
import { changeTaskParams, parseTaskParams, type TaskChanges } from './task-params';

/** The list's filters live in the URL, so a filtered board can be bookmarked, shared and gone back to. */
export function useTaskParams(mine: boolean) {
  const [params, setParams] = useSearchParams();
  const filters = parseTaskParams(params, mine);
  const setFilter = (changes: TaskChanges) => setParams(changeTaskParams(params, changes));
  return { filters, setFilter, search: params.size ? `?${params}` : '' };
}
