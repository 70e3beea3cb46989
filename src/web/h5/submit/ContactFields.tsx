import { useT } from '../i18n';
import { FieldError } from '../ui/Notice';

export type Contact = { contactName: string; phone: string; consent: boolean };
type Errors = Partial<Record<'contactName' | 'phone' | 'consent', string>>;

/**
 * 姓名 and 手机号, both optional. Once either is filled the consent line appears: personal
 * information is used only to handle this matter (《个人信息保护法》, PIPL).
 */
export function ContactFields({
  value,
  errors,
  onChange,
}: {
  value: Contact;
  errors: Errors;
  onChange: (change: Partial<Contact>) => void;
}) {
  const { t } = useT();
  const needsConsent = Boolean(value.contactName.trim() || value.phone.trim());
  const describe = (name: keyof Errors, hint?: string) =>
    [hint, errors[name] ? `${name}-error` : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className="group">
      <legend className="group-title">{t('contactTitle')}</legend>
      <p className="field-hint" id="contact-hint">
        {t('contactHint')}
      </p>
      <div className="field">
        <label htmlFor="contactName">{t('nameLabel')}</label>
        <input
          id="contactName"
          type="text"
          autoComplete="name"
          maxLength={30}
          value={value.contactName}
          aria-invalid={errors.contactName ? true : undefined}
          aria-describedby={describe('contactName')}
          onChange={(e) => onChange({ contactName: e.target.value })}
        />
        <FieldError id="contactName-error" message={errors.contactName} />
      </div>
      <div className="field">
        <label htmlFor="phone">{t('phoneLabel')}</label>
        <input
          id="phone"
          type="tel"
          inputMode="numeric"
          autoComplete="tel-national"
          maxLength={15}
          value={value.phone}
          aria-invalid={errors.phone ? true : undefined}
          aria-describedby={describe('phone')}
          onChange={(e) => onChange({ phone: e.target.value })}
        />
        <FieldError id="phone-error" message={errors.phone} />
      </div>
      {needsConsent ? (
        <div className={`consent${errors.consent ? ' is-invalid' : ''}`}>
          <input
            id="consent"
            type="checkbox"
            checked={value.consent}
            aria-invalid={errors.consent ? true : undefined}
            aria-describedby={describe('consent')}
            onChange={(e) => onChange({ consent: e.target.checked })}
          />
          <label htmlFor="consent">{t('consentLabel')}</label>
          <FieldError id="consent-error" message={errors.consent} />
        </div>
      ) : null}
    </fieldset>
  );
}
