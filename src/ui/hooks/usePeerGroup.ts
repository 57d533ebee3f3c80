import { useMemo } from 'react';
import type { Catalog } from '../../model/catalog';
import type { Gazetteer } from '../../model/gazetteer';
import { peerGroup, type PeerGroup, type PeerRule } from '../../model/peers';
import type { Jurisdiction } from '../../model/schema';
import { usePlaces } from '../../reads/gazetteer';
import { useUrlField } from '../url/url-store';
import type { UrlState } from '../url/url-state';
import { peerGroupText } from '../peer-text';
import { useLang } from './useLang';

export interface PeerScope {
  /** a focus place is asked for (pf) and stored */
  on: boolean;
  focus: Jurisdiction | undefined;
  /** the group once the gazetteer has loaded; null when off, loading, or the focus has no place */
  group: PeerGroup | null;
  /** the group's members, for filtering; null: no limit */
  ids: ReadonlySet<string> | null;
  /** "江苏省 区县" */
  label: string;
  /** the focus has no code the gazetteer knows: no group (all places are shown) */
  noPlace: boolean;
  waiting: boolean;
  error: Error | null;
  gazetteer: Gazetteer | undefined;
}

/** The URL's peer rule in persons (pmin/pmax are in 万人). */
export function peerRuleOf(url: Pick<UrlState, 'peerBy' | 'peerPopMin' | 'peerPopMax'>): PeerRule {
  const rule: PeerRule = {};
  for (const k of url.peerBy) rule[k] = true;
  if (url.peerPopMin !== null || url.peerPopMax !== null) {
    rule.population = {};
    if (url.peerPopMin !== null) rule.population.min = url.peerPopMin * 10_000;
    if (url.peerPopMax !== null) rule.population.max = url.peerPopMax * 10_000;
  }
  return rule;
}

/**
 * The peer group the URL asks for (pf, pb, pmin, pmax) among the stored places: compare, rank and composite are
 * limited to it. The gazetteer is fetched only while a focus place is set. With `focusId` (the profile's place),
 * a peer group asked for is that place's, by the URL's rule.
 */
export function usePeerGroup(catalog: Catalog, focusId?: string): PeerScope {
  const { lang } = useLang();
  const asked = useUrlField('peerOf');
  const peerOf = asked && focusId ? focusId : asked;
  const peerBy = useUrlField('peerBy');
  const peerPopMin = useUrlField('peerPopMin');
  const peerPopMax = useUrlField('peerPopMax');
  const focus = peerOf ? catalog.jurisdictionById.get(peerOf) : undefined;
  const places = usePlaces(focus !== undefined);
  const g = places.data;
  const group = useMemo(
    () => (focus && g ? peerGroup(focus, catalog.jurisdictions, peerRuleOf({ peerBy, peerPopMin, peerPopMax }), g) : null),
    [focus, g, catalog, peerBy, peerPopMin, peerPopMax],
  );
  const ids = useMemo(() => (group ? new Set(group.ids) : null), [group]);
  return {
    on: focus !== undefined,
    focus,
    group,
    ids,
    label: group ? peerGroupText(group.describe, lang) : '',
    noPlace: focus !== undefined && g !== undefined && group === null,
    waiting: focus !== undefined && places.isPending,
    error: focus ? places.error : null,
    gazetteer: g,
  };
}
