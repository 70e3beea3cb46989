import { type MessageKey, useT } from '../i18n';
import type { PublicStatement } from './types';
import { VoteBar } from './VoteBar';

/** 共识与分歧: the statements with broad agreement across opinion groups, and those that divide them. */
export function Agreement({ statements }: { statements: PublicStatement[] }) {
  const { t } = useT();
  const consensus = statements.filter((s) => s.classification === 'consensus');
  const divisive = statements.filter((s) => s.classification === 'divisive');
  return (
    <section className="card ol-agreement" aria-labelledby="ol-agreement-title">
      <h2 id="ol-agreement-title">{t('onlineAgreementTitle')}</h2>
      <p className="field-hint">{t('onlineAgreementIntro')}</p>
      {consensus.length + divisive.length === 0 ? <p className="ol-empty">{t('onlineAgreementEmpty')}</p> : null}
      <Group title="onlineConsensus" kind="consensus" items={consensus} />
      <Group title="onlineDivisive" kind="divisive" items={divisive} />
    </section>
  );
}

function Group({ title, kind, items }: { title: MessageKey; kind: string; items: PublicStatement[] }) {
  const { t } = useT();
  if (items.length === 0) return null;
  return (
    <>
      <h3 className={`ol-group-title ol-${kind}`}>
        {t(title)} · {items.length}
      </h3>
      <ul className="ol-group">
        {items.map((s) => (
          <li key={s.id}>
            <p className="ol-group-text">{s.text}</p>
            <VoteBar s={s} />
          </li>
        ))}
      </ul>
    </>
  );
}
