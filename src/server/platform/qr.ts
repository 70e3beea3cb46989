import QRCode from 'qrcode';

/** A QR code as SVG, for pages that print it (the A4 poster). */
export const qrSvg = (url: string) => QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });

/** A QR code as a PNG large enough to print on A4 and scan from a metre away. */
export const qrPng = (url: string) =>
  QRCode.toBuffer(url, { type: 'png', width: 768, margin: 2, errorCorrectionLevel: 'M' });
