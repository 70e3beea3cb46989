import { App, DatePicker, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showFormError } from '../../api/form-errors';
import { pickerToday } from '../../lib/deployment-day';
import { useDebounced } from '../../lib/use-debounced';
import { useAssign, useCandidates } from './api';
import { endOfDay, inThreeMonths } from './step-form';
import type { Candidate, ProposalHandlings, ProposalOf } from './types';

type Values = {
  unitIds: string[];
  dueAt: Dayjs;
  year: Dayjs;
  by: 'account' | 'name';
  proposerId?: string;
  proposer?: string;
};

type Props = { of: ProposalOf; proposer: ProposalHandlings['proposer']; open: boolean; onClose: () => void };

/** A select searching the proposal's candidates on the server (departments, or members). */
function CandidateSelect({
  id,
  of,
  kind,
  open,
  value,
  onChange,
  mode,
  initial,
}: {
  /** given by Form.Item, so its label names the field */
  id?: string;
  of: ProposalOf;
  kind: 'unit' | 'proposer';
  open: boolean;
  value?: string | string[];
  onChange?: (v: string | string[]) => void;
  mode?: 'multiple';
  initial?: { id: string; displayName: string } | null;
}) {
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim());
  const found = useCandidates(of, kind, q, open);
  // the chosen ones keep their names while the search changes
  const [known, setKnown] = useState<Map<string, string>>(
    () => new Map(initial ? [[initial.id, initial.displayName]] : []),
  );
  const items: Candidate[] = found.data?.items ?? [];
  const names = new Map([...known, ...items.map((c) => [c.id, c.displayName] as const)]);
  const options = [
    ...items.map((c) => ({ value: c.id, label: `${c.displayName}（${c.place.name}）` })),
    ...[...known].filter(([id]) => !items.some((c) => c.id === id)).map(([id, name]) => ({ value: id, label: name })),
  ];
  return (
    <Select
      id={id}
      mode={mode}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value}
      onChange={(v: string | string[]) => {
        const ids = Array.isArray(v) ? v : [v];
        setKnown(new Map(ids.map((id) => [id, names.get(id) ?? id])));
        onChange?.(v);
      }}
      options={options}
      loading={found.isFetching}
    />
  );
}

/**
 * 交办: the handling units, their due date and year, and the proposer (a member's account or a
 * name) — for a member's own proposal, its author, shown as it stands.
 */
export function AssignModal({ of, proposer, open, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const assign = useAssign(of);
  const by = Form.useWatch('by', form);
  const isWriting = of.source === 'writing';

  const submit = (v: Values) =>
    assign.mutate(
      {
        units: v.unitIds.map((unitId) => ({ unitId, dueAt: endOfDay(v.dueAt), year: v.year.year() })),
        ...(isWriting ? {} : v.by === 'account' ? { proposerId: v.proposerId } : { proposer: v.proposer?.trim() }),
      },
      {
        onSuccess: () => {
          message.success(t('proposals.assignForm.done', { count: v.unitIds.length }));
          onClose();
        },
        onError: (err) => showFormError(form, err, message.error),
      },
    );

  return (
    <Modal
      open={open}
      title={t('proposals.card.assign')}
      okText={t('proposals.assignForm.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={assign.isPending}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        preserve={false}
        initialValues={{
          unitIds: [],
          dueAt: inThreeMonths(),
          year: dayjs(),
          by: proposer && !proposer.account ? 'name' : 'account',
          proposerId: proposer?.account?.id,
          proposer: proposer?.account ? undefined : proposer?.name,
        }}
      >
        <Form.Item
          name="unitIds"
          label={t('proposals.assignForm.units')}
          extra={t('proposals.assignForm.unitsHelp')}
          rules={[{ required: true, type: 'array', min: 1, message: t('proposals.assignForm.unitsRequired') }]}
        >
          <CandidateSelect of={of} kind="unit" open={open} mode="multiple" />
        </Form.Item>
        <Form.Item label={t('proposals.assignForm.dueAt')} extra={t('proposals.assignForm.dueAtHelp')} required>
          <Form.Item name="dueAt" noStyle rules={[{ required: true }]}>
            <DatePicker
              allowClear={false}
              disabledDate={(d) => d.isBefore(pickerToday(), 'day')}
              style={{ width: 180 }}
            />
          </Form.Item>
        </Form.Item>
        <Form.Item name="year" label={t('proposals.assignForm.year')} rules={[{ required: true }]}>
          <DatePicker picker="year" allowClear={false} style={{ width: 120 }} />
        </Form.Item>
        {isWriting ? (
          <Form.Item label={t('proposals.assignForm.proposer')} extra={t('proposals.assignForm.authorHelp')}>
            <Typography.Text>{proposer?.name}</Typography.Text>
          </Form.Item>
        ) : (
          <ProposerFields of={of} by={by} proposer={proposer} open={open} />
        )}
      </Form>
    </Modal>
  );
}

/** The proposer of an outcome's proposal: a member chosen from those of its place, or a name. */
function ProposerFields({
  of,
  by,
  proposer,
  open,
}: {
  of: ProposalOf;
  by: Values['by'] | undefined;
  proposer: ProposalHandlings['proposer'];
  open: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="by" label={t('proposals.assignForm.proposer')}>
        <Radio.Group
          options={[
            { value: 'account', label: t('proposals.assignForm.byAccount') },
            { value: 'name', label: t('proposals.assignForm.byName') },
          ]}
        />
      </Form.Item>
      {by === 'name' ? (
        <Form.Item
          name="proposer"
          label={t('proposals.assignForm.name')}
          rules={[
            { required: true, whitespace: true, min: 2, max: 60, message: t('proposals.assignForm.nameRequired') },
          ]}
        >
          <Input maxLength={60} />
        </Form.Item>
      ) : (
        <Form.Item
          name="proposerId"
          label={t('proposals.assignForm.member')}
          rules={[{ required: true, message: t('proposals.assignForm.memberRequired') }]}
        >
          <CandidateSelect of={of} kind="proposer" open={open} initial={proposer?.account} />
        </Form.Item>
      )}
    </>
  );
}
