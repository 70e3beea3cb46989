import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { LEVEL_KINDS } from '../../../shared/access/submissions';
import { PlacePicker } from '../places';
import type { useDepartments } from './api';
import { isLevelAction } from './staff-actions';
import type { SubmissionActionName } from './types';

type Props = {
  action: SubmissionActionName;
  /** The departments 交职能部门 offers, looked up by the dialog while that step is chosen. */
  departments: ReturnType<typeof useDepartments>;
};

/**
 * Where a sorting step sends an item, as 分办 and 批量分办 both ask it: a place of the step's level
 * (网格, 社区/村, 街道/乡镇), or a department. Nothing for any other step.
 */
export function SortTargetFields({ action, departments }: Props) {
  const { t } = useTranslation();
  if (isLevelAction(action)) {
    return (
      <Form.Item
        name="placeId"
        label={t('submissions.act.place')}
        extra={t('submissions.act.placeHelp', { level: t(`submissions.act.levels.${action}`) })}
      >
        <PlacePicker allowClear selectable={(p) => (LEVEL_KINDS[action] as readonly string[]).includes(p.kind)} />
      </Form.Item>
    );
  }
  if (action !== 'to_department') return null;
  return (
    <Form.Item
      name="departmentId"
      label={t('submissions.act.department')}
      rules={[{ required: true, message: t('submissions.act.departmentRequired') }]}
    >
      <Select
        loading={departments.isPending}
        options={departments.data?.items.map((d) => ({ value: d.id, label: `${d.name}（${d.placeName}）` }))}
        notFoundContent={t('submissions.act.noDepartments')}
      />
    </Form.Item>
  );
}

/** The note a step is recorded with in the timeline (备注), optional. */
export function StepNoteField() {
  const { t } = useTranslation();
  return (
    <Form.Item name="note" label={t('submissions.act.note')} rules={[{ max: 1000 }]}>
      <Input.TextArea rows={3} maxLength={1000} placeholder={t('submissions.act.notePlaceholder')} />
    </Form.Item>
  );
}
