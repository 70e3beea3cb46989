import { lazy, Suspense } from 'react';

const Card = lazy(() => import('./ProposalHandlingCard'));

/**
 * 提案办理 on an outcome's page (the coordinator places it there): its own chunk, loaded with the
 * page that shows it, so the console's first load does not carry it.
 */
export function ProposalHandlingCard({ outcomeId }: { outcomeId: string }) {
  return (
    <Suspense fallback={null}>
      <Card outcomeId={outcomeId} />
    </Suspense>
  );
}
