import { Checkbox, Form, type FormInstance, Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { OUTCOME_TYPES, type OutcomeType } from '../../../shared/enums';
import { retitle } from './title-rules';
import type { ConsensusItem, OutcomeInput } from './types';

/** "关于<topic>的建议案": the default title for a type, in the UI's language. */
export function useDefaultTitle() {
  const { t } = useTranslation();
  return (topic: string, type: OutcomeType) =>
    t('outcomes.defaultTitle', { topic, type: t(`outcomes.titleTypes.${type}`) });
}

/** Keeps the title following the type while it is still the default one (see `retitle`). */
export function useTitleFollowsType(form: FormInstance<OutcomeInput>, topic: string) {
  const defaultTitle = useDefaultTitle();
  return (changed: Partial<OutcomeInput>, all: OutcomeInput) => {
    if (changed.type) form.setFieldValue('title', retitle(all.title ?? '', topic, changed.type, defaultTitle));
  };
}

/** Type, title, body and the consensus items an outcome carries: the create and edit forms share them. */
export function OutcomeFields({ consensus }: { consensus: ConsensusItem[] }) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="type" label={t('outcomes.create.type')} rules={[{ required: true }]}>
        <Select options={OUTCOME_TYPES.map((v) => ({ value: v, label: t(`outcomes.types.${v}`) }))} />
      </Form.Item>
      <Form.Item
        name="title"
        label={t('outcomes.create.name')}
        rules={[{ required: true, whitespace: true, min: 4, max: 100, message: t('outcomes.create.nameRequired') }]}
      >
        <Input maxLength={100} showCount />
      </Form.Item>
      <Form.Item name="body" label={t('outcomes.create.body')} rules={[{ max: 20_000 }]}>
        <Input.TextArea
          autoSize={{ minRows: 10, maxRows: 24 }}
          maxLength={20_000}
          showCount
          placeholder={t('outcomes.create.bodyPlaceholder')}
        />
      </Form.Item>
      <Form.Item
        name="consensusItemIds"
        label={t('outcomes.create.consensus')}
        extra={t('outcomes.create.consensusHelp')}
      >
        {consensus.length > 0 ? (
          <Checkbox.Group
            className="outcome-consensus-choices"
            options={consensus.map((c) => ({ value: c.id, label: `${c.number}. ${c.text}` }))}
          />
        ) : (
          <Typography.Text type="secondary">{t('outcomes.create.noConsensus')}</Typography.Text>
        )}
      </Form.Item>
    </>
  );
}
