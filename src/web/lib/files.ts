/** 1.2 MB, 340 KB */
export function formatBytes(bytes: number) {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/**
 * Why a chosen file cannot go up, before it does: 'type' when its name ends in none of `accept`
 * (comma-separated: `.pdf,.docx`), 'size' over `maxBytes`; null when it may.
 */
export function fileProblem(file: { name: string; size: number }, accept: string, maxBytes: number) {
  const name = file.name.toLowerCase();
  if (!accept.split(',').some((ext) => name.endsWith(ext))) return 'type';
  return file.size > maxBytes ? 'size' : null;
}
