import { Link } from 'react-router';
import { consoleLink } from './links';
import type { FigureUnit } from './types';
import { useDashboardWords } from './use-words';

type Props = { value: number | null; unit: FigureUnit; link: string | null; title?: string };

/** A figure's number: a link to the list of the records behind it, or plain text where there is none. */
export function FigureValue({ value, unit, link, title }: Props) {
  const words = useDashboardWords();
  const text = words.number(value, unit);
  const to = consoleLink(link);
  return to ? (
    <Link to={to} className="figure-link" title={title}>
      {text}
    </Link>
  ) : (
    <span title={title}>{text}</span>
  );
}
