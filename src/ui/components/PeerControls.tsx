import { useMemo } from 'react';
import type { Catalog } from '../../model/catalog';
import type { Jurisdiction } from '../../model/schema';
import { PEER_KEYS, PEER_POPULATION_MAX } from '../url/url-state';
import { updateUrl, useUrlField } from '../url/url-store';
import { useLang } from '../hooks/useLang';
import type { PeerScope } from '../hooks/usePeerGroup';
import { pickLang } from '../../i18n';
import { PlaceSearchBox } from './PlaceSearchBox';
import { CHECKBOX_LIMIT } from './JurisdictionPicker';

/** A whole number of 万人 from an input, or null when empty or not one. */
function tenThousands(s: string): number | null {
  if (!/^\d{1,6}$/.test(s.trim())) return null;
  const n = Number(s.trim());
  return n <= PEER_POPULATION_MAX ? n : null;
}

/** The focus place: a list for a few places, a search box with suggestions for thousands. */
function FocusPicker({ choices, value, label }: { choices: readonly Jurisdiction[]; value: string | null; label: string }) {
  const { lang, t } = useLang();
  const exclude = useMemo(() => (value ? [value] : []), [value]);
  const pick = (id: string | null) => updateUrl({ peerOf: id });
  if (choices.length <= CHECKBOX_LIMIT)
    return (
      <select aria-label={label} value={value ?? ''} onChange={(e) => pick(e.target.value || null)} data-testid="peer-focus">
        <option value="">{t('peer.none')}</option>
        {choices.map((j) => (
          <option key={j.id} value={j.id}>
            {pickLang(j.name, lang)}
          </option>
        ))}
      </select>
    );
  return (
    <span className="peer-search">
      <PlaceSearchBox places={choices} exclude={exclude} onPick={pick} label={label} testId="peer-focus-search" />
    </span>
  );
}

/**
 * The peer group of compare, rank and composite: a focus place, then what makes a peer (same level, province,
 * city; a population range in 万人), and what the group is and how many of it are stored.
 */
export function PeerControls({ catalog, scope, choices }: { catalog: Catalog; scope: PeerScope; choices?: readonly Jurisdiction[] }) {
  const { lang, t } = useLang();
  const peerOf = useUrlField('peerOf');
  const peerBy = useUrlField('peerBy');
  const popMin = useUrlField('peerPopMin');
  const popMax = useUrlField('peerPopMax');
  const focusName = scope.focus ? pickLang(scope.focus.name, lang) : '';
  const list = choices ?? catalog.jurisdictions;
  return (
    <fieldset className="peer-controls" data-testid="peer-controls">
      <legend>{t('peer.legend')}</legend>
      <label>
        {t('peer.focus')}{' '}
        <FocusPicker choices={list} value={scope.focus ? peerOf : null} label={t('peer.focus')} />
      </label>
      {scope.focus && (
        <>
          {list.length > CHECKBOX_LIMIT && <span className="chip selected">{focusName}</span>}
          {PEER_KEYS.map((k) => (
            <label key={k} className="chip">
              <input type="checkbox" checked={peerBy.includes(k)} onChange={() => updateUrl({ peerBy: PEER_KEYS.filter((x) => (x === k ? !peerBy.includes(k) : peerBy.includes(x))) })} />
              {t(`peer.by.${k}`)}
            </label>
          ))}
          <label className="peer-pop">
            {t('peer.popMin')}{' '}
            <input type="number" min={0} max={PEER_POPULATION_MAX} inputMode="numeric" defaultValue={popMin ?? ''} key={`min-${popMin ?? ''}`} onBlur={(e) => updateUrl({ peerPopMin: tenThousands(e.target.value) })} />
          </label>
          <label className="peer-pop">
            {t('peer.popMax')}{' '}
            <input type="number" min={0} max={PEER_POPULATION_MAX} inputMode="numeric" defaultValue={popMax ?? ''} key={`max-${popMax ?? ''}`} onBlur={(e) => updateUrl({ peerPopMax: tenThousands(e.target.value) })} />
          </label>
          <button type="button" onClick={() => updateUrl({ peerOf: null, peerPopMin: null, peerPopMax: null })}>
            {t('peer.clear')}
          </button>
        </>
      )}
      <PeerStatus scope={scope} />
    </fieldset>
  );
}

/** What the group is, or why there is none. */
export function PeerStatus({ scope }: { scope: PeerScope }) {
  const { lang, t } = useLang();
  if (!scope.on) return null;
  const place = scope.focus ? pickLang(scope.focus.name, lang) : '';
  if (scope.error) return <p className="error" role="alert">{t('app.error', { message: scope.error.message })}</p>;
  if (scope.waiting) return <p className="status" role="status">{t('peer.loading')}</p>;
  if (scope.noPlace) return <p className="warn" data-testid="peer-status">{t('peer.noPlace', { place })}</p>;
  if (!scope.group) return null;
  return (
    <p className="note" data-testid="peer-status">
      {t('peer.group', { group: scope.label, n: scope.group.ids.length })}
      {scope.group.unplaced.length > 0 && ` ${t('peer.unplaced', { n: scope.group.unplaced.length })}`}
    </p>
  );
}

