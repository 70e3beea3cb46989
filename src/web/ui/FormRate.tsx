import { Rate, type RateProps } from 'antd';

type Props = Omit<RateProps, 'id'> & {
  id?: string; // from Form.Item, so the field's label and its errors point here
  /** The field's name for screen readers (the Form.Item label cannot name a group of stars). */
  'aria-label': string;
  'aria-required'?: boolean | 'true' | 'false';
  'aria-invalid'?: boolean | 'true' | 'false';
  'aria-describedby'?: string;
};

/**
 * A star rating inside a Form.Item. The Form.Item hands its control aria-required/aria-invalid;
 * antd's Rate would put them on its plain list (not allowed there, axe aria-allowed-attr), so
 * they go on a radio group around the stars, which also gives the stars (radios) their name.
 */
export function FormRate({
  id,
  'aria-label': name,
  'aria-required': required,
  'aria-invalid': invalid,
  'aria-describedby': describedBy,
  ...rate
}: Props) {
  return (
    <div
      role="radiogroup"
      id={id}
      aria-label={name}
      aria-required={required}
      aria-invalid={invalid}
      aria-describedby={describedBy}
    >
      <Rate {...rate} />
    </div>
  );
}
