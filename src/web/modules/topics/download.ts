import { ApiError } from '../../api/client';
import i18n from '../../i18n';

/** The file name a Content-Disposition header gives (RFC 5987 `filename*` first), else the fallback. */
export function fileNameOf(header: string | null, fallback: string) {
  const star = header?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (star) {
    try {
      return decodeURIComponent(star);
    } catch {
      // a malformed name: use the fallback
    }
  }
  return fallback;
}

/**
 * Fetches a generated document (the plan in Word) and saves it, so a failure shows as a message
 * instead of a page of JSON, and the button can spin while the document is made.
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
  const href = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = href;
  a.download = fileNameOf(res.headers.get('Content-Disposition'), fallbackName);
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
