import { Alert, Form, type FormRule, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { type DraftGroup, GROUP_MAX, groupHolding, groupWords, WORD_MAX, wordIssue } from './synonyms-draft';

type Values = { shown: string; others?: string[] };

type Props = {
  open: boolean;
  /** The group to edit; none: a new group. */
  group: DraftGroup | undefined;
  /** The whole table, so a word already in another group is caught here. */
  draft: readonly DraftGroup[];
  /** What the server said about this group when the table was last saved. */
  problems: readonly string[];
  onClose: () => void;
  onDone: (words: string[]) => void;
};

// typing one of these ends a word, as Enter does; a pasted list becomes several words
const SEPARATORS = [',', '，', '、', ';', '；', ' ', '\n'];

/** One synonym group: the word shown, and the other words that mean the same. */
export function SynonymGroupModal({ open, group, draft, problems, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();

  // each rule answers the first problem it finds, naming the word
  const problemOf = (word: string) => {
    const issue = wordIssue(word);
    if (issue) return t(`vocabulary.form.issues.${issue}`, { word: word.trim() });
    const other = groupHolding(draft, word, group?.key);
    if (other < 0) return undefined;
    return t('vocabulary.form.elsewhere', { word: word.trim(), group: other + 1, shown: draft[other]?.words[0] ?? '' });
  };
  const check = (message: string | undefined) => (message ? Promise.reject(new Error(message)) : Promise.resolve());
  const shownRule: FormRule = { validator: (_r, v: string | undefined) => check(v?.trim() ? problemOf(v) : undefined) };
  const othersRule: FormRule = {
    validator: (_r, v: string[] | undefined) => {
      const shown = form.getFieldValue('shown') as string | undefined;
      const words = groupWords(shown ?? '', v ?? []);
      const others = words.slice(shown?.trim() ? 1 : 0);
      if (others.length === 0) return check(t('vocabulary.form.othersRequired'));
      if (words.length > GROUP_MAX) return check(t('vocabulary.form.tooMany', { max: GROUP_MAX }));
      return check(others.map(problemOf).find(Boolean));
    },
  };

  const onFinish = (v: Values) => {
    onDone(groupWords(v.shown, v.others ?? []));
    onClose();
  };

  return (
    <Modal
      open={open}
      title={t(group ? 'vocabulary.form.editTitle' : 'vocabulary.form.addTitle')}
      okText={t('vocabulary.form.done')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={t('vocabulary.form.serverSaid')}
          description={problems.join('；')}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form<Values>
        form={form}
        name="synonym-group"
        layout="vertical"
        onFinish={onFinish}
        preserve={false}
        initialValues={group ? { shown: group.words[0], others: group.words.slice(1) } : { others: [] }}
      >
        <Form.Item
          name="shown"
          label={t('vocabulary.form.shown')}
          extra={t('vocabulary.form.shownHelp')}
          rules={[{ required: true, whitespace: true, message: t('vocabulary.form.shownRequired') }, shownRule]}
        >
          <Input maxLength={WORD_MAX} />
        </Form.Item>
        <Form.Item
          name="others"
          label={t('vocabulary.form.others')}
          extra={t('vocabulary.form.othersHelp')}
          dependencies={['shown']}
          rules={[othersRule]}
        >
          <Select
            mode="tags"
            open={false}
            suffixIcon={null}
            tokenSeparators={SEPARATORS}
            placeholder={t('vocabulary.form.othersPlaceholder')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
