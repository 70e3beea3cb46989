import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRotaMembers } from './api';
import { useMemberLabel } from './ReceptionTags';

type Props = {
  id?: string;
  placeId: string | undefined;
  value?: string | string[];
  onChange?: (v: string | string[]) => void;
  multiple?: boolean;
  /** a member not to offer (the one on duty, when swapping) */
  except?: string;
};

/** The members who may be put on the place's rota, those serving it first, searchable by name. */
export function MemberSelect({ id, placeId, value, onChange, multiple = false, except }: Props) {
  const { t } = useTranslation();
  const members = useRotaMembers(placeId);
  const label = useMemberLabel();
  const options =
    members.data?.items
      .filter((m) => m.id !== except)
      .map((m) => ({
        value: m.id,
        label: m.servesHere ? `${label(m)} · ${t('receptions.slot.servesHere')}` : label(m),
      })) ?? [];
  return (
    <Select
      id={id}
      mode={multiple ? 'multiple' : undefined}
      showSearch={{ optionFilterProp: 'label' }}
      loading={members.isFetching}
      disabled={!placeId}
      value={value}
      onChange={onChange}
      options={options}
    />
  );
}
