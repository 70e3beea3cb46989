// WCAG 2 contrast ratio between two colours (#rrggbb, or rgba() over white as antd's text tokens are)
function channels(colour: string): number[] {
  const rgba = /^rgba?\(([^)]+)\)$/.exec(colour.replace(/\s/g, ''));
  if (rgba?.[1]) {
    const [r = 0, g = 0, b = 0, a = 1] = rgba[1].split(',').map(Number);
    return [r, g, b].map((v) => v * a + 255 * (1 - a));
  }
  const hex = colour.replace('#', '');
  return [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
}

const luminance = (colour: string) =>
  channels(colour)
    .map((v) => v / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
    .reduce((sum, v, i) => sum + v * ([0.2126, 0.7152, 0.0722][i] ?? 0), 0);

/** The contrast ratio of text in `fg` on `bg`: AA asks 4.5 for body text, 3 for large text. */
export function contrastRatio(fg: string, bg: string): number {
  const [hi, lo] = [luminance(fg), luminance(bg)].sort((a, b) => b - a) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
