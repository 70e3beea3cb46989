import '../board/board.css';
import { getBoard } from '../api/client';
import type { Board } from '../api/types';
import { ConsensusList } from '../board/ConsensusList';
import { Figures } from '../board/Figures';
import { OutcomeList } from '../board/OutcomeList';
import { useT } from '../i18n';
import { Link, submitPath } from '../router';
import { TrackForm } from '../status/TrackForm';
import { Header } from '../ui/Header';
import { Notice } from '../ui/Notice';
import { PendingPage } from '../ui/PendingPage';
import { useLoad } from '../ui/use-load';

/** Nothing public yet: no submission, consultation, outcome or consensus anywhere in the subtree. */
const isEmpty = (b: Board) =>
  b.allTime.collected === 0 && b.allTime.consultations === 0 && b.outcomes.total === 0 && b.consensus.length === 0;

/**
 * /p/<place code>: the place's public board (公开栏) — what it and the places beneath it heard,
 * consulted on and carried out. Part of the one phone bundle (2 kB): a chunk of its own would cost
 * the submission page Vite's preload helper (1.7 kB) and the board a second round trip.
 */
export function BoardPage({ code }: { code: string }) {
  const { t, lang } = useT();
  // names come in the reader's script (桃园社区 / 桃園社區): asked again when the language changes
  const { result, reload } = useLoad(() => getBoard(code), `${code}|${lang}`);
  if (result.state !== 'done') {
    return <PendingPage title={t('boardTitle')} result={result} onRetry={reload} notFound={t('boardNotFound')} />;
  }
  const b = result.data;
  const above = b.place.path.slice(0, -1);
  return (
    <>
      <Header brand={b.place.brand} title={b.place.name} subtitle={[t('boardTitle'), ...above].join(' · ')} />
      <main className="page">
        <p className="intro">{t('boardIntro', { place: b.place.name })}</p>
        {isEmpty(b) ? (
          <Notice kind="info">{t('boardEmpty')}</Notice>
        ) : (
          <>
            <Figures board={b} />
            <OutcomeList code={b.place.code} first={b.outcomes} />
            <ConsensusList items={b.consensus} />
          </>
        )}
        <Link href={submitPath(b.place.code)} className="btn btn-primary btn-block">
          {t('boardRaise')}
        </Link>
        <TrackForm />
      </main>
    </>
  );
}
