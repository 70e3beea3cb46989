import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { LIMITS } from './constants';
import { OwnerSelect } from './OwnerSelect';
import { pickerToday } from './task-form';

const beforeToday = (d: Dayjs) => d.isBefore(pickerToday(), 'day');

type Props = {
  outcomeId: string;
  /** Editing: the owner chosen before, by name. */
  currentOwner?: { id: string; displayName: string };
};

/** A task's own fields, shared by the new-task and edit forms: title, details, owner, co-units, deadline. */
export function TaskFields({ outcomeId, currentOwner }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        name="title"
        label={t('tasks.fields.title')}
        rules={[{ required: true, whitespace: true, min: 2, max: 100, message: t('tasks.form.nameRequired') }]}
      >
        <Input maxLength={100} showCount />
      </Form.Item>
      <Form.Item name="detail" label={t('tasks.detail')} rules={[{ max: 2000 }]}>
        <Input.TextArea rows={3} maxLength={2000} placeholder={t('tasks.form.detailPlaceholder')} />
      </Form.Item>
      <Flex gap={16} wrap>
        <Form.Item
          name="ownerId"
          label={t('tasks.form.owner')}
          rules={[{ required: true, message: t('tasks.form.ownerRequired') }]}
          style={{ flex: '1 1 320px' }}
        >
          <OwnerSelect outcomeId={outcomeId} kind="owner" current={currentOwner} />
        </Form.Item>
        <Form.Item
          name="dueAt"
          label={t('tasks.dueAt')}
          rules={[{ required: true, message: t('tasks.form.dueRequired') }]}
          style={{ flex: '0 0 200px' }}
        >
          <DatePicker disabledDate={beforeToday} style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
      <Form.Item
        name="coUnits"
        label={t('tasks.coUnits')}
        extra={t('tasks.form.coUnitsHelp', { count: LIMITS.coUnits })}
        rules={[{ type: 'array', max: LIMITS.coUnits }]}
      >
        <Select mode="tags" open={false} tokenSeparators={[',', '，', '、']} suffixIcon={null} />
      </Form.Item>
    </>
  );
}

/** 时间表: milestone rows (what, by when) added and removed; empty rows are dropped on saving. */
export function MilestonesField() {
  const { t } = useTranslation();
  return (
    <Form.Item label={t('tasks.form.milestones')}>
      <Form.List name="milestones">
        {(rows, { add, remove }) => (
          <>
            {rows.map((row, i) => (
              <Flex key={row.key} gap={8} align="start" className="milestone-row">
                <Form.Item
                  name={[row.name, 'title']}
                  rules={[
                    {
                      required: true,
                      whitespace: true,
                      min: 2,
                      max: 100,
                      message: t('tasks.form.milestoneTitleRequired'),
                    },
                  ]}
                  style={{ flex: 1, marginBottom: 8 }}
                >
                  <Input
                    maxLength={100}
                    aria-label={t('tasks.form.milestoneTitle', { n: i + 1 })}
                    placeholder={t('tasks.form.milestoneTitle', { n: i + 1 })}
                  />
                </Form.Item>
                <Form.Item name={[row.name, 'dueAt']} style={{ flex: '0 0 170px', marginBottom: 8 }}>
                  <DatePicker aria-label={t('tasks.form.milestoneDue', { n: i + 1 })} style={{ width: '100%' }} />
                </Form.Item>
                <Button
                  type="text"
                  icon={<MinusCircleOutlined />}
                  aria-label={t('tasks.form.removeMilestone', { n: i + 1 })}
                  onClick={() => remove(row.name)}
                />
              </Flex>
            ))}
            {rows.length < LIMITS.milestones && (
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ title: '' })}>
                {t('tasks.form.addMilestone')}
              </Button>
            )}
          </>
        )}
      </Form.List>
    </Form.Item>
  );
}
