import { ApiError } from '../../api/client';
import i18n from '../../i18n';
import { fileNameOf } from './record-rules';

/**
 * Fetches a generated file (the minutes) and saves it, so a failure shows as a message instead of
 * a page of JSON, and the button can spin while the document is made.
 */
export async function downloadFile(url: string, fallbackName: string) {
  const res = await fetch(url, { credentials: 'same-origin', headers: { 'Accept-Language': i18n.language } });
  if (!res.ok) {
    const body = (await res.json().catch(() => undefined)) as { code?: string; message?: string } | undefined;
    throw new ApiError(
      res.status,
      body?.code ?? 'http_error',
      body?.message ?? i18n.t('errors.http', { status: res.status }),
    );
  }
  const blob = await res.blob();
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = fileNameOf(res.headers.get('Content-Disposition'), fallbackName);
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
