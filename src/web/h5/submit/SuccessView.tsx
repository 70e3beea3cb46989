import { useState } from 'react';
import type { SubmissionCreated } from '../api/types';
import { useT } from '../i18n';
import { Link, statusPath } from '../router';

/** After submitting: the tracking code, big and easy to copy, and the way to follow it. */
export function SuccessView({ created, onAgain }: { created: SubmissionCreated; onAgain: () => void }) {
  const { t } = useT();
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const code = created.trackingCode;

  const copy = async () => {
    setCopyState((await copyText(code)) ? 'copied' : 'failed');
  };

  return (
    <section className="success" aria-labelledby="success-title">
      <div className="success-mark" aria-hidden="true">
        ✓
      </div>
      <h2 id="success-title">{t('successTitle')}</h2>
      <p>{t('successIntro')}</p>
      <div className="code-box">
        <p className="code-label">{t('trackingCodeLabel')}</p>
        <p className="code" data-testid="tracking-code">
          {code}
        </p>
        <button type="button" className="btn btn-ghost" onClick={copy}>
          {t('copy')}
        </button>
        <p className="code-copy-state" role="status">
          {copyState === 'copied' ? t('copied') : copyState === 'failed' ? t('copyFailed') : ''}
        </p>
      </div>
      <Link href={statusPath(code)} className="btn btn-primary btn-block">
        {t('viewProgress')}
      </Link>
      <button type="button" className="btn btn-ghost btn-block" onClick={onAgain}>
        {t('submitAnother')}
      </button>
    </section>
  );
}

/** The clipboard API needs HTTPS; older in-app browsers only know execCommand. */
async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the old way
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
