import type { CampaignKind, ResponseWord } from '../../../shared/campaigns';
import { i18n } from '../i18n';

/** A response in the campaign's own words: "Signed" for a card drive, "Pledged" for a pledge. */
export function responseWord(kind: CampaignKind, response: ResponseWord): string {
  return i18n.t(`campaigns:response.${kind}.${response}`);
}

export const RESPONSE_SYMBOL: Record<ResponseWord, string> = { yes: '✔', no: '✘', unsure: '?', none: '○' };
