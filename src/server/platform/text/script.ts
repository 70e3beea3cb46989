import * as OpenCC from 'opencc-js';
import type { Locale } from '../../../shared/enums';

// Names are kept as entered (simplified on the mainland); a reader of 繁體 reads them in Taiwan forms.
const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
const asIs = (text: string) => text;

/**
 * Place and category names in the reader's script: 桃园社区 → 桃園社區 for zh-TW, unchanged
 * otherwise. Only names staff entered: what a resident wrote is shown as they wrote it.
 */
export const namesFor = (locale: Locale): ((name: string) => string) => (locale === 'zh-TW' ? toTw : asIs);
