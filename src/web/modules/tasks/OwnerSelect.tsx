import { Select, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../shared/enums';
import { useDebounced } from '../../lib/use-debounced';
import { useOwnerCandidates } from './api';
import type { CandidateKind, OwnerCandidate } from './types';

type Props = {
  id?: string; // from Form.Item, so the field's label points here
  value?: string;
  onChange?: (accountId: string | undefined) => void;
  outcomeId: string;
  /** 责任单位 (departments and people in the outcome's reach) or leaders to escalate to. */
  kind: CandidateKind;
  /** The name of the one already chosen (editing a task), until the search brings them up. */
  current?: { id: string; displayName: string };
};

/** A searchable choice of who carries a task out, or which leader presses it (督办). */
export function OwnerSelect({ id, value, onChange, outcomeId, kind, current }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim());
  const [isOpen, setIsOpen] = useState(false);
  const candidates = useOwnerCandidates(outcomeId, kind, q, isOpen || Boolean(q));
  // a chosen person keeps their name when a later search leaves them out
  const [chosen, setChosen] = useState<Record<string, string>>(current ? { [current.id]: current.displayName } : {});

  const role = (r: string) => ((ROLES as readonly string[]).includes(r) ? t(`roles.${r as Role}`) : r);
  const label = (c: OwnerCandidate) => `${c.displayName}（${c.place.name} · ${role(c.role)}）`;
  const items = candidates.data?.items ?? [];
  const options = items.map((c) => ({ value: c.id, label: label(c) }));
  if (value && !items.some((c) => c.id === value)) options.unshift({ value, label: chosen[value] ?? value });

  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, searchValue: search, onSearch: setSearch }}
      value={value}
      onChange={(v: string | undefined) => {
        const c = items.find((i) => i.id === v);
        if (c) setChosen((prev) => ({ ...prev, [c.id]: label(c) }));
        setSearch('');
        onChange?.(v);
      }}
      onOpenChange={setIsOpen}
      options={options}
      allowClear
      placeholder={t('tasks.form.ownerSearch')}
      notFoundContent={
        candidates.isFetching ? (
          <Spin size="small" />
        ) : (
          t(kind === 'leader' ? 'tasks.act.leaderEmpty' : 'tasks.form.ownerEmpty')
        )
      }
      style={{ width: '100%' }}
    />
  );
}
