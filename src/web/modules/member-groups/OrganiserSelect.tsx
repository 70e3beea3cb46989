import { Select } from 'antd';
import { useEffect } from 'react';
import { useOrganisers } from './api';

type Props = {
  id?: string; // from Form.Item, so the field's label points here
  /** the consultation's place: committees kept there or above it are offered */
  placeId: string | undefined;
  value?: string | null;
  onChange?: (groupId: string | null) => void;
  placeholder?: string;
};

/** 组织专委会: choose the special committee organising a consultation at a place, or none. */
export function OrganiserSelect({ id, placeId, value, onChange, placeholder }: Props) {
  const organisers = useOrganisers(placeId);
  const items = organisers.data?.items;
  // another place may not be offered the committee chosen for the last one
  useEffect(() => {
    if (value && items && !items.some((g) => g.id === value)) onChange?.(null);
  }, [value, items, onChange]);
  return (
    <Select
      id={id}
      allowClear
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v ?? null)}
      loading={organisers.isFetching}
      placeholder={placeholder}
      options={(items ?? []).map((g) => ({ value: g.id, label: g.name }))}
    />
  );
}
