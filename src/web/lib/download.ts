import { ApiError } from '../api/client';
import i18n from '../i18n';

/** The file name a Content-Disposition header gives (RFC 5987 `filename*` first), else `fallback`. */
export function fileNameOf(disposition: string | null, fallback: string) {
  const star = disposition?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (star) {
    try {
      return decodeURIComponent(star.trim());
    } catch {
      // a malformed name: fall through to the plain one
    }
  }
  const plain = disposition?.match(/filename="?([^";]+)"?/)?.[1];
  return plain?.trim() || fallback;
}

/**
 * Fetches a generated document (minutes, plan, outcome in Word) and saves it, so a failure comes
 * back as an ApiError to show instead of a page of JSON, and the button can spin meanwhile.
 */
/** How much of a download has arrived: bytes, and the whole size when the server says it. */
export type DownloadProgress = { received: number; total: number | null };

/** Reads the body chunk by chunk, telling `onProgress` as it goes (large exports stream for a while). */
async function readWithProgress(res: Response, onProgress?: (p: DownloadProgress) => void) {
  const length = Number(res.headers.get('Content-Length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  // getReader locks the body: ask for it only when reading chunk by chunk, else res.blob() would fail
  const reader = onProgress ? res.body?.getReader() : undefined;
  if (!reader || !onProgress) return res.blob();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    onProgress({ received, total });
  }
  return new Blob(chunks as BlobPart[], { type: res.headers.get('Content-Type') ?? undefined });
}

export async function downloadFile(url: string, fallbackName: string, onProgress?: (p: DownloadProgress) => void) {
  const res = await fetch(url, { credentials: 'same-origin', headers: { 'Accept-Language': i18n.language } });
  if (!res.ok) {
    const body = (await res.json().catch(() => undefined)) as { code?: string; message?: string } | undefined;
    throw new ApiError(
      res.status,
      body?.code ?? 'http_error',
      body?.message ?? i18n.t('errors.http', { status: res.status }),
    );
  }
  const href = URL.createObjectURL(await readWithProgress(res, onProgress));
  const a = document.createElement('a');
  a.href = href;
  a.download = fileNameOf(res.headers.get('Content-Disposition'), fallbackName);
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
