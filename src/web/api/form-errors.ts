import type { FormInstance } from 'antd';
import { ApiError, errorMessage, type FieldIssue } from './client';

type Notify = (text: string) => void;

// 'milestones.0.title' names the first row of a Form.List, whose index antd matches as a number
const namePath = (path: string) => path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));

/**
 * Puts an API error where the user will look for it: on the form fields it names — `fields` from
 * validation, or the single `field` of a conflict such as a taken name — and in a toast otherwise.
 */
export function showFormError(form: FormInstance, err: unknown, notify: Notify) {
  if (!(err instanceof ApiError)) return notify(errorMessage(err));
  const known = new Set(form.getFieldsError().map((f) => f.name.join('.')));
  const mark = (issues: FieldIssue[]) => {
    form.setFields(issues.map((i) => ({ name: namePath(i.path), errors: [i.message] })));
    const first = issues[0];
    if (first) form.scrollToField(namePath(first.path));
  };

  if (err.field) {
    if (known.has(err.field)) mark([{ path: err.field, message: err.message }]);
    else notify(err.message);
    return;
  }
  const onForm = err.fields.filter((i) => known.has(i.path));
  const elsewhere = err.fields.filter((i) => !known.has(i.path));
  if (onForm.length > 0) mark(onForm);
  const detail = elsewhere.map((i) => `${i.path}: ${i.message}`).join('; ');
  notify(detail ? `${err.message} (${detail})` : err.message);
}
