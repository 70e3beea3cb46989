import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type ReactNode, useState } from 'react';

const DAY = 'YYYY-MM-DD';

type SearchProps = {
  /** The search in the URL when the page opens. */
  q: string | undefined;
  onSearch: (q: string) => void;
  label: string;
  placeholder: string;
  width: number;
};

/**
 * The console lists' filter bar: a search box, then the page's own fields. Each field reports its
 * change at once, so the page can put it in the URL.
 */
export function FilterBar({
  className,
  search,
  children,
}: {
  className: string;
  search: SearchProps;
  children: ReactNode;
}) {
  const [text, setText] = useState(search.q ?? '');
  return (
    <Form layout="inline" className={`toolbar ${className}`}>
      <Input.Search
        allowClear
        value={text}
        maxLength={60}
        onChange={(e) => setText(e.target.value)}
        onSearch={(v) => search.onSearch(v.trim())}
        placeholder={search.placeholder}
        aria-label={search.label}
        style={{ width: search.width }}
      />
      {children}
    </Form>
  );
}

type SelectProps<T extends string> = {
  id: string;
  label: string;
  value: T | undefined;
  onChange: (value: T | undefined) => void;
  /** Shown when nothing is chosen ("any status"). */
  placeholder: string;
  options: { value: T; label: string }[];
  width: number;
};

/** One labelled choice that can be cleared back to "any". */
export function FilterSelect<T extends string>({ id, label, width, ...select }: SelectProps<T>) {
  return (
    <Form.Item label={label} htmlFor={id}>
      <Select<T> id={id} allowClear style={{ width }} {...select} />
    </Form.Item>
  );
}

type PeriodProps = {
  id: string;
  label: string;
  from: string | undefined;
  to: string | undefined;
  /** Days as YYYY-MM-DD; either end may be open. */
  onChange: (period: { from: string | undefined; to: string | undefined }) => void;
};

/** A period of days, either end open. */
export function FilterPeriod({ id, label, from, to, onChange }: PeriodProps) {
  const value: [Dayjs | null, Dayjs | null] | null =
    from || to ? [from ? dayjs(from) : null, to ? dayjs(to) : null] : null;
  return (
    <Form.Item label={label} htmlFor={id}>
      <DatePicker.RangePicker
        id={{ start: id }}
        allowEmpty={[true, true]}
        value={value}
        onChange={(range) => onChange({ from: range?.[0]?.format(DAY), to: range?.[1]?.format(DAY) })}
        style={{ width: 250 }}
      />
    </Form.Item>
  );
}
