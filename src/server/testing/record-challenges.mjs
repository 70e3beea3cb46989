// Preloaded (node --import) into the app processes of the two-instance test only: writes the text
// of every image challenge drawn to $CHALLENGE_LOG, keyed by the picture, so that the test can
// answer a picture as a person would. The server itself keeps only a keyed hash of the answer.

import { createHash } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const svgCaptcha = createRequire(import.meta.url)('svg-captcha');
const draw = svgCaptcha.create;
svgCaptcha.create = (options) => {
  const c = draw.call(svgCaptcha, options);
  const picture = createHash('sha256').update(c.data).digest('hex');
  appendFileSync(process.env.CHALLENGE_LOG, `${picture} ${c.text}\n`);
  return c;
};
