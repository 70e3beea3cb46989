import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, Space, Switch, Typography } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type DraftStep, STEP_LIMITS, type StepsAction, stepIssues, stepsReducer } from './steps-editor';

type Props = {
  id?: string;
  value?: DraftStep[];
  onChange?: (steps: DraftStep[]) => void;
  /** Mark the rows' problems (once the form has been checked). */
  showIssues?: boolean;
};

/** The ordered steps of a procedure: add, remove, move up and down, mark required or after the meeting, give a hint. */
export function StepsEditor({ id, value = [], onChange, showIssues = false }: Props) {
  const { t } = useTranslation();
  const nextKey = useRef(0);
  const issues = showIssues ? stepIssues(value).names : {};
  const dispatch = (action: StepsAction) => onChange?.(stepsReducer(value, action));

  return (
    <div id={id}>
      <ol className="steps-editor">
        {value.map((s, i) => {
          const n = i + 1;
          const issue = issues[i];
          return (
            <li key={s.key}>
              <span className="steps-editor-number">{n}</span>
              <div className="steps-editor-fields">
                <Input
                  value={s.name}
                  maxLength={STEP_LIMITS.maxName}
                  status={issue ? 'error' : undefined}
                  aria-label={t('consultations.procedureForm.stepName', { n })}
                  placeholder={t('consultations.procedureForm.stepNamePlaceholder')}
                  onChange={(e) => dispatch({ type: 'change', index: i, patch: { name: e.target.value } })}
                />
                {issue && (
                  <Typography.Text type="danger" className="step-issue">
                    {t(`consultations.procedureForm.nameIssues.${issue}`, { max: STEP_LIMITS.maxName })}
                  </Typography.Text>
                )}
                <Input
                  size="small"
                  value={s.hint}
                  maxLength={STEP_LIMITS.maxHint}
                  aria-label={t('consultations.procedureForm.stepHint', { n })}
                  placeholder={t('consultations.procedureForm.stepHintPlaceholder')}
                  onChange={(e) => dispatch({ type: 'change', index: i, patch: { hint: e.target.value } })}
                />
                <Space size={16} wrap>
                  <Space size={6}>
                    <Switch
                      size="small"
                      checked={s.isRequired}
                      aria-label={t('consultations.procedureForm.stepRequired', { n })}
                      onChange={(isRequired) => dispatch({ type: 'change', index: i, patch: { isRequired } })}
                    />
                    <span>{t('consultations.procedureForm.required')}</span>
                  </Space>
                  {/* 跟踪落实, 评议反馈 …: carried out after the meeting by the outcome's tasks */}
                  <Space size={6}>
                    <Switch
                      size="small"
                      checked={s.phase === 'after'}
                      aria-label={t('consultations.procedureForm.stepAfter', { n })}
                      onChange={(isAfter) =>
                        dispatch({ type: 'change', index: i, patch: { phase: isAfter ? 'after' : 'meeting' } })
                      }
                    />
                    <span>{t('consultations.procedureForm.after')}</span>
                  </Space>
                </Space>
              </div>
              <Space size={0}>
                <Button
                  type="text"
                  size="small"
                  icon={<ArrowUpOutlined />}
                  disabled={i === 0}
                  aria-label={t('consultations.procedureForm.moveUp', { n })}
                  onClick={() => dispatch({ type: 'move', index: i, by: -1 })}
                />
                <Button
                  type="text"
                  size="small"
                  icon={<ArrowDownOutlined />}
                  disabled={i === value.length - 1}
                  aria-label={t('consultations.procedureForm.moveDown', { n })}
                  onClick={() => dispatch({ type: 'move', index: i, by: 1 })}
                />
                <Button
                  type="text"
                  size="small"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('consultations.procedureForm.removeStep', { n })}
                  onClick={() => dispatch({ type: 'remove', index: i })}
                />
              </Space>
            </li>
          );
        })}
      </ol>
      <Button
        type="dashed"
        icon={<PlusOutlined />}
        disabled={value.length >= STEP_LIMITS.maxSteps}
        onClick={() => dispatch({ type: 'add', key: `new-${nextKey.current++}` })}
      >
        {t('consultations.procedureForm.addStep')}
      </Button>
    </div>
  );
}
