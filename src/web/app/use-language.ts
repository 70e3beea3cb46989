import { useTranslation } from 'react-i18next';
import type { Locale } from '../../shared/enums';
import type { Me } from '../api/types';
import { currentLocale, isLocale, switchLocale } from '../i18n';
import { useMe, useSaveLocale } from '../modules/auth/api';

/** The UI language, and switching it: on this device, and in the account when signed in. */
export function useLanguage() {
  const { i18n } = useTranslation();
  const me = useMe();
  const save = useSaveLocale();
  const locale: Locale = isLocale(i18n.language) ? i18n.language : 'zh-CN';

  const change = async (next: Locale) => {
    await switchLocale(next);
    if (me.data) await save.mutateAsync(next);
  };

  /** After sign-in: the account's saved language wins; an account without one keeps this device's. */
  const adopt = async (signedIn: Me) => {
    if (signedIn.locale && signedIn.locale !== currentLocale()) await switchLocale(signedIn.locale);
    else if (!signedIn.locale) save.mutate(currentLocale());
  };

  return { locale, change, adopt, isSaving: save.isPending };
}
