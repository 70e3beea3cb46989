import { App, Button, Space, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { VOTES, type Vote } from '../../../shared/enums';
import { errorMessage } from '../../api/client';
import { useVote } from './api';
import type { OnlineStatement } from './types';

/** 同意 / 不同意 / 跳过 for the signed-in person; the chosen one is highlighted and can be changed. */
export function VoteButtons({
  consultationId,
  s,
  canVote,
}: {
  consultationId: string;
  s: OnlineStatement;
  canVote: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const vote = useVote(consultationId);
  const isBusy = vote.isPending && vote.variables?.statementId === s.id;
  const cast = (v: Vote) =>
    vote.mutate({ statementId: s.id, vote: v }, { onError: (err) => message.error(errorMessage(err)) });
  const buttons = (
    <Space.Compact size="small">
      {VOTES.map((v) => (
        <Button
          key={v}
          type={s.myVote === v ? 'primary' : 'default'}
          danger={v === 'disagree' && s.myVote === v}
          aria-pressed={s.myVote === v}
          disabled={!canVote || s.isMine}
          loading={isBusy && vote.variables?.vote === v}
          onClick={() => cast(v)}
        >
          {t(`online.vote.${v}`)}
        </Button>
      ))}
    </Space.Compact>
  );
  return s.isMine ? <Tooltip title={t('online.list.mineHint')}>{buttons}</Tooltip> : buttons;
}
