/** The words of a peer group, in one language: "江苏省 · 区县 · 人口50万–200万" (what a ranking ranks within). */
import type { Lang } from '../model/format';
import type { PeerGroup } from '../model/peers';
import { translator } from '../i18n';

export function peerGroupText(describe: PeerGroup['describe'], lang: Lang): string {
  const t = translator(lang);
  const parts: string[] = [];
  const place = describe.city ?? describe.province;
  if (place) parts.push(lang === 'zh' ? place.zh : place.en);
  if (describe.level) parts.push(t(`peer.level.${describe.level}`));
  const pop = describe.population;
  const tenK = (n: number) => String(Math.round(n / 10_000));
  if (pop?.min !== undefined && pop.max !== undefined) parts.push(t('peer.population.range', { min: tenK(pop.min), max: tenK(pop.max) }));
  else if (pop?.min !== undefined) parts.push(t('peer.population.min', { min: tenK(pop.min) }));
  else if (pop?.max !== undefined) parts.push(t('peer.population.max', { max: tenK(pop.max) }));
  return parts.length ? parts.join(lang === 'zh' ? ' ' : ', ') : t('peer.all');
}
