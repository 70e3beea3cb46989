import { Form } from 'antd';
import { PlacePicker } from './PlacePicker';

type Props = {
  id: string;
  label: string;
  value: string | undefined;
  onChange: (placeId: string | undefined) => void;
};

/** The filter bar's place: this place and everything beneath it. */
export function PlaceFilter({ id, label, value, onChange }: Props) {
  return (
    <Form.Item label={label} htmlFor={id}>
      <PlacePicker id={id} allowClear value={value} onChange={onChange} style={{ width: 220 }} />
    </Form.Item>
  );
}
