import { useCallback, useEffect, useRef, useState } from 'react';
import { NetworkError, uploadPhoto } from '../api/client';
import { downscale } from '../lib/downscale';

export const MAX_PHOTOS = 3;

export type Photo = {
  key: number;
  previewUrl: string;
  progress: number; // 0..1
  state: 'uploading' | 'done' | 'failed';
  id?: string; // the server's, once stored
  error?: string;
  file: File;
};

/**
 * The photos of one form fill, each uploaded as soon as it is chosen so the submit itself stays
 * small. Returns the list and what the form needs: the stored ids and whether any is still going.
 */
export function usePhotoUploads(placeCode: string, networkMessage: string) {
  const [photos, setPhotos] = useState<Photo[]>([]);
  const nextKey = useRef(1);
  const aborts = useRef(new Map<number, AbortController>());

  const patch = useCallback((key: number, change: Partial<Photo>) => {
    setPhotos((list) => list.map((p) => (p.key === key ? { ...p, ...change } : p)));
  }, []);

  const start = useCallback(
    async (key: number, file: File) => {
      const abort = new AbortController();
      aborts.current.set(key, abort);
      patch(key, { state: 'uploading', progress: 0, error: undefined });
      try {
        const blob = await downscale(file);
        const id = await uploadPhoto(placeCode, blob, (f) => patch(key, { progress: f }), abort.signal);
        patch(key, { state: 'done', progress: 1, id });
      } catch (e) {
        if (abort.signal.aborted) return;
        const error = e instanceof NetworkError || !(e instanceof Error) ? networkMessage : e.message;
        patch(key, { state: 'failed', error });
      } finally {
        aborts.current.delete(key);
      }
    },
    [placeCode, networkMessage, patch],
  );

  /** Adds the chosen images (up to the limit); returns how many were left out. */
  const add = useCallback(
    (files: File[], room: number) => {
      const taken = files.slice(0, Math.max(0, room));
      const added = taken.map((file) => ({
        key: nextKey.current++,
        previewUrl: URL.createObjectURL(file),
        progress: 0,
        state: 'uploading' as const,
        file,
      }));
      setPhotos((list) => [...list, ...added]);
      for (const p of added) void start(p.key, p.file);
      return files.length - taken.length;
    },
    [start],
  );

  const remove = useCallback((photo: Photo) => {
    aborts.current.get(photo.key)?.abort();
    URL.revokeObjectURL(photo.previewUrl);
    setPhotos((list) => list.filter((p) => p.key !== photo.key));
  }, []);

  const retry = useCallback((photo: Photo) => void start(photo.key, photo.file), [start]);

  // free the previews when the form goes away
  const latest = useRef(photos);
  latest.current = photos;
  useEffect(
    () => () => {
      for (const p of latest.current) URL.revokeObjectURL(p.previewUrl);
      for (const a of aborts.current.values()) a.abort();
    },
    [],
  );

  const ids = photos.flatMap((p) => (p.id ? [p.id] : []));
  const isBusy = photos.some((p) => p.state === 'uploading');
  return { photos, add, remove, retry, ids, isBusy };
}
