import { CheckOutlined, EditOutlined, RollbackOutlined, StarOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Flex, Form, Input, Popconfirm, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WHISTLE_LIMITS } from '../../../shared/api/whistles';
import { errorMessage } from '../../api/client';
import { pickerDateTime, pickerDay, pickerNow } from '../../lib/deployment-day';
import { FormModal } from '../../ui/FormModal';
import { FormRate } from '../../ui/FormRate';
import { useAnswerWhistle, useCloseWhistle, useRecordDone, useWithdrawWhistle } from './api';
import type { WhistleDetail } from './types';
import { type CloseValues, type DoneValues, toCloseInput, toDoneInput } from './whistle-form';

type Step = 'answer' | 'done' | 'close';

/**
 * What the viewer may do with the whistle, as large buttons (a member answers on a phone, in the
 * field): 报到, record what I did, rate and close, withdraw.
 */
export function WhistleSteps({ whistle: w }: { whistle: WhistleDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [step, setStep] = useState<Step>();
  const withdraw = useWithdrawWhistle(w.id);
  const a = w.abilities;
  const mine = w.responses.find((r) => r.id === w.myResponseId);
  if (!a.answer && !a.recordDone && !a.close && !a.withdraw) return null;

  return (
    <Flex gap={8} wrap className="whistle-steps">
      {a.answer && (
        <Button type="primary" size="large" icon={<CheckOutlined />} onClick={() => setStep('answer')}>
          {t('whistles.actions.answer')}
        </Button>
      )}
      {a.recordDone && (
        <Button
          type={mine?.didWhat ? 'default' : 'primary'}
          size="large"
          icon={<EditOutlined />}
          onClick={() => setStep('done')}
        >
          {mine?.didWhat ? t('whistles.actions.editDone') : t('whistles.actions.recordDone')}
        </Button>
      )}
      {a.close && (
        <Button type="primary" size="large" icon={<StarOutlined />} onClick={() => setStep('close')}>
          {t('whistles.actions.close')}
        </Button>
      )}
      {a.withdraw && !a.close && w.answerCount === 0 && (
        <Typography.Text type="secondary" className="whistle-hint">
          {t('whistles.actions.cannotCloseYet')}
        </Typography.Text>
      )}
      {a.withdraw && (
        <Popconfirm
          title={t('whistles.actions.withdrawConfirm')}
          okText={t('whistles.actions.withdraw')}
          okButtonProps={{ danger: true }}
          cancelText={t('common.cancel')}
          onConfirm={() =>
            withdraw.mutate(undefined, {
              onSuccess: () => message.success(t('whistles.actions.withdrawDone')),
              onError: (err) => message.error(errorMessage(err)),
            })
          }
        >
          <Button size="large" danger icon={<RollbackOutlined />} loading={withdraw.isPending}>
            {t('whistles.actions.withdraw')}
          </Button>
        </Popconfirm>
      )}
      <AnswerModal whistle={w} open={step === 'answer'} onClose={() => setStep(undefined)} />
      <DoneModal whistle={w} open={step === 'done'} onClose={() => setStep(undefined)} />
      <CloseModal whistle={w} open={step === 'close'} onClose={() => setStep(undefined)} />
    </Flex>
  );
}

type ModalProps = { whistle: WhistleDetail; open: boolean; onClose: () => void };

/** 报到, with a word on when one comes and what one brings. */
function AnswerModal({ whistle: w, open, onClose }: ModalProps) {
  const { t } = useTranslation();
  const answer = useAnswerWhistle(w.id);
  return (
    <FormModal<{ note?: string }>
      open={open}
      title={`${t('whistles.actions.answer')} · ${w.code}`}
      okText={t('whistles.actions.answer')}
      onClose={onClose}
      submit={(v) => answer.mutateAsync(v.note?.trim() ? { note: v.note.trim() } : {})}
      isPending={answer.isPending}
      doneText={t('whistles.actions.answerDone')}
    >
      <Form.Item name="note" label={t('whistles.actions.answerNote')}>
        <Input.TextArea
          rows={3}
          maxLength={WHISTLE_LIMITS.note}
          showCount
          placeholder={t('whistles.actions.answerNotePlaceholder')}
        />
      </Form.Item>
    </FormModal>
  );
}

/** What I did (做了什么), and when; changed while the whistle is open. */
function DoneModal({ whistle: w, open, onClose }: ModalProps) {
  const { t } = useTranslation();
  const record = useRecordDone(w.id);
  const mine = w.responses.find((r) => r.id === w.myResponseId);
  return (
    <FormModal<DoneValues>
      open={open}
      title={t('whistles.actions.recordDone')}
      onClose={onClose}
      submit={(v) => record.mutateAsync(toDoneInput(v))}
      isPending={record.isPending}
      doneText={t('whistles.actions.recordSaved')}
      initialValues={{
        didWhat: mine?.didWhat ?? '',
        // empty, the server records now: a picker holds minutes, whose start may lie before the raising
        doneAt: mine?.doneAt ? pickerDateTime(mine.doneAt) : undefined,
      }}
    >
      <Form.Item
        name="didWhat"
        label={t('whistles.actions.didWhat')}
        rules={[{ required: true, whitespace: true, min: 2, message: t('whistles.actions.didWhatRequired') }]}
      >
        <Input.TextArea
          rows={4}
          maxLength={WHISTLE_LIMITS.didWhat}
          showCount
          placeholder={t('whistles.actions.didWhatPlaceholder')}
        />
      </Form.Item>
      <Form.Item
        name="doneAt"
        label={t('whistles.actions.doneAt')}
        rules={[
          {
            validator: (_r, v: Dayjs | null | undefined) =>
              !v?.isAfter(pickerNow())
                ? Promise.resolve()
                : Promise.reject(new Error(t('whistles.actions.doneAtFuture'))),
          },
        ]}
      >
        <DatePicker
          showTime={{ format: 'HH:mm', minuteStep: 5 }}
          format="YYYY-MM-DD HH:mm"
          disabledDate={(d) => d.isAfter(pickerNow(), 'day') || d.isBefore(pickerDay(w.createdAt), 'day')}
          style={{ width: 220 }}
        />
      </Form.Item>
    </FormModal>
  );
}

/** 评价并关闭: 1–5 stars and a note. */
function CloseModal({ whistle: w, open, onClose }: ModalProps) {
  const { t } = useTranslation();
  const close = useCloseWhistle(w.id);
  return (
    <FormModal<CloseValues>
      open={open}
      title={`${t('whistles.actions.close')} · ${w.code}`}
      okText={t('whistles.actions.close')}
      onClose={onClose}
      submit={(v) => close.mutateAsync(toCloseInput(v))}
      isPending={close.isPending}
      doneText={t('whistles.actions.closeDone')}
    >
      <Form.Item
        name="rating"
        label={t('whistles.actions.rating')}
        rules={[{ required: true, message: t('whistles.actions.ratingRequired') }]}
      >
        <FormRate aria-label={t('whistles.actions.rating')} />
      </Form.Item>
      <Form.Item name="note" label={t('whistles.actions.ratingNote')}>
        <Input.TextArea rows={3} maxLength={WHISTLE_LIMITS.ratingNote} showCount />
      </Form.Item>
    </FormModal>
  );
}
