import { getPlaceMembers } from '../api/client';
import { useT } from '../i18n';
import { useLoad } from '../ui/use-load';
import { SelectField } from './fields';

/**
 * 委员会客厅: an optional choice of a member serving this place, who will read what is raised. Not
 * shown when the place has no members or they could not be loaded: the form works without it.
 */
export function MemberField({
  placeCode,
  value,
  error,
  onChange,
}: {
  placeCode: string;
  value: string;
  error: string | undefined;
  onChange: (v: string) => void;
}) {
  const { t } = useT();
  const { result } = useLoad(() => getPlaceMembers(placeCode), placeCode);
  if (result.state !== 'done' || result.data.items.length === 0) return null;
  return (
    <>
      <SelectField
        id="addressedMemberId"
        label={t('memberLabel')}
        value={value}
        error={error}
        onChange={onChange}
        options={[{ id: '', name: t('memberNone') }, ...result.data.items]}
      />
      <p className="field-hint member-hint">{t('memberHint')}</p>
    </>
  );
}
