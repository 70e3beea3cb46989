import { lazy, Suspense } from 'react';

const Card = lazy(() => import('./ProposalHandlingCard'));

/**
 * 提案办理 on an outcome's page, or on a member's writing's page (the coordinator places it there):
 * its own chunk, loaded with the page that shows it, so the console's first load does not carry it.
 */
export function ProposalHandlingCard(props: { outcomeId: string } | { writingId: string }) {
  const of =
    'outcomeId' in props
      ? ({ source: 'outcome', id: props.outcomeId } as const)
      : ({ source: 'writing', id: props.writingId } as const);
  return (
    <Suspense fallback={null}>
      <Card of={of} />
    </Suspense>
  );
}
