import { type ComponentProps, lazy, Suspense } from 'react';

const Fields = lazy(() => import('./ProblemFields').then((m) => ({ default: m.ProblemFields })));
const Modal = lazy(() => import('./ProblemModal').then((m) => ({ default: m.ProblemModal })));

/**
 * The problem form (转为诉求) for other modules' pages (a reception day's record): its own chunk,
 * loaded with the page that shows it, so the console's first load does not carry it.
 */
export function ProblemFields(props: ComponentProps<typeof Fields>) {
  return (
    <Suspense fallback={null}>
      <Fields {...props} />
    </Suspense>
  );
}

/** 转为诉求 as a modal, for other modules' pages: its own chunk, as ProblemFields. */
export function ProblemModal(props: ComponentProps<typeof Modal>) {
  return (
    <Suspense fallback={null}>
      <Modal {...props} />
    </Suspense>
  );
}
