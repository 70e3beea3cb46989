import {
  AlertOutlined,
  BellOutlined,
  CheckCircleOutlined,
  CheckOutlined,
  DownOutlined,
  EditOutlined,
  FieldTimeOutlined,
  FormOutlined,
  HighlightOutlined,
  RedoOutlined,
  RollbackOutlined,
  StopOutlined,
} from '@ant-design/icons';
import { Button, Dropdown, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { planActions } from './action-plan';
import type { TaskAction, TaskDetail } from './types';

const icons = {
  progress: <FormOutlined />,
  done: <CheckCircleOutlined />,
  cannot: <StopOutlined />,
  carry_over: <FieldTimeOutlined />,
  accept: <CheckOutlined />,
  return: <RollbackOutlined />,
  urge: <BellOutlined />,
  escalate: <AlertOutlined />,
  instruct: <HighlightOutlined />,
  reopen: <RedoOutlined />,
} as const satisfies Record<TaskAction, ReactNode>;

type Props = {
  task: TaskDetail;
  viewerId: string | undefined;
  onPick: (action: TaskAction) => void;
  onEdit: () => void;
};

/** The steps the viewer may take, the likeliest one primary, the rare ones under 更多; 编辑 when allowed. */
export function TaskActionBar({ task, viewerId, onPick, onEdit }: Props) {
  const { t } = useTranslation();
  const plan = planActions(task, { id: viewerId });
  const isEmpty = !plan.primary && plan.buttons.length === 0 && plan.more.length === 0;
  const button = (a: TaskAction, isPrimary = false) => (
    <Button key={a} type={isPrimary ? 'primary' : 'default'} icon={icons[a]} onClick={() => onPick(a)}>
      {t(`tasks.actions.${a}`)}
    </Button>
  );

  return (
    <Flex gap={8} wrap align="center">
      {plan.primary && button(plan.primary, true)}
      {plan.buttons.map((a) => button(a))}
      {plan.more.length > 0 && (
        <Dropdown
          menu={{
            items: plan.more.map((a) => ({
              key: a,
              icon: icons[a],
              label: t(`tasks.actions.${a}`),
              danger: a === 'cannot',
            })),
            onClick: ({ key }) => onPick(key as TaskAction),
          }}
        >
          <Button>
            {t('tasks.page.more')} <DownOutlined />
          </Button>
        </Dropdown>
      )}
      {task.abilities.edit && (
        <Button icon={<EditOutlined />} onClick={onEdit}>
          {t('tasks.page.edit')}
        </Button>
      )}
      {isEmpty && !task.abilities.edit && (
        <Typography.Text type="secondary">{t('tasks.page.noActions')}</Typography.Text>
      )}
    </Flex>
  );
}
