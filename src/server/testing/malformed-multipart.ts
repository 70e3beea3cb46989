// Uploads that are broken in the ways a flaky network or a careless client breaks them.

const BOUNDARY = '----shangliang-broken';
const part = (filename: string, type: string) =>
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`;
const withBoundary = { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` };

export type RawUpload = { payload: Buffer; headers: Record<string, string> };

/** A well-formed multipart body with one file in the field "file". */
export function multipartFile(filename: string, type: string, content: Buffer, extra = ''): RawUpload {
  const payload = Buffer.concat([
    Buffer.from(extra + part(filename, type)),
    content,
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ]);
  return { payload, headers: withBoundary };
}

/** Named ways to break an upload of `content`; each must answer 4xx, never 5xx. */
export function malformedUploads(content: Buffer): Record<string, RawUpload> {
  const whole = multipartFile('a.png', 'image/png', content).payload;
  return {
    'no boundary': { payload: whole, headers: { 'content-type': 'multipart/form-data' } },
    'a boundary that never comes': { payload: whole, headers: { 'content-type': 'multipart/form-data; boundary=zzz' } },
    'a part cut off in the middle': {
      payload: whole.subarray(0, Math.floor(whole.length * 0.6)),
      headers: withBoundary,
    },
    'part headers cut off': {
      payload: Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-da`),
      headers: withBoundary,
    },
    'no closing boundary': {
      payload: whole.subarray(0, whole.length - `--${BOUNDARY}--\r\n`.length),
      headers: withBoundary,
    },
    'an empty body': { payload: Buffer.alloc(0), headers: withBoundary },
    'a part without a disposition': {
      payload: Buffer.from(`--${BOUNDARY}\r\nContent-Type: image/png\r\n\r\nxxxx\r\n--${BOUNDARY}--\r\n`),
      headers: withBoundary,
    },
    'JSON sent as multipart': { payload: Buffer.from('{"file":"x"}'), headers: withBoundary },
    'a file name with a NUL byte': multipartFile('a\u0000.png', 'image/png', content),
    'a text field with a NUL byte': multipartFile(
      'a.png',
      'image/png',
      content,
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="note"\r\n\r\nx\u0000y\r\n`,
    ),
  };
}
