import './register-strings';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Indicator } from '../../model/indicators';
import { pickLang } from '../../i18n';
import { useLang } from '../../ui/hooks/useLang';
import type { ReviewRow } from './review';
import { searchIndicators } from './indicator-search';

interface Props {
  row: ReviewRow;
  indicators: readonly Indicator[];
  wording: string;
  onChoose: (indicator: Indicator | null) => void;
  onName: (name: { zh: string; en?: string }) => void;
  onClose: () => void;
}

type Option = { kind: 'indicator'; indicator: Indicator } | { kind: 'new' } | { kind: 'none' };

/** Names a new report-specific figure: a Chinese name (required) and an English one (defaults to the Chinese). */
function SpecificForm({ initial, onDone, onCancel }: { initial: string; onDone: Props['onName']; onCancel: () => void }) {
  const { t } = useLang();
  const [zh, setZh] = useState(initial);
  const [en, setEn] = useState('');
  const done = () => zh.trim() && onDone(en.trim() ? { zh, en } : { zh });
  const keys = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      done();
    } else if (e.key === 'Escape') onCancel();
  };
  return (
    <div className="specific-form" role="group" aria-label={t('map.newTitle')}>
      <strong>{t('map.newTitle')}</strong>
      <label>
        {t('map.nameZh')} <input autoFocus value={zh} maxLength={100} onChange={(e) => setZh(e.target.value)} onKeyDown={keys} data-testid="specific-zh" />
      </label>
      <label>
        {t('map.nameEn')} <input value={en} maxLength={100} onChange={(e) => setEn(e.target.value)} onKeyDown={keys} data-testid="specific-en" />
      </label>
      <button type="button" disabled={!zh.trim()} onClick={done} data-testid="specific-ok">
        {t('map.ok')}
      </button>{' '}
      <button type="button" onClick={onCancel}>
        {t('add.cancel')}
      </button>
    </div>
  );
}

/** One option of the list: an indicator with its unit and area, or one of the two actions. */
function OptionText({ option, row }: { option: Option; row: ReviewRow }) {
  const { lang, t } = useLang();
  if (option.kind === 'new') return <span className="opt-action">{t('map.new')}</span>;
  if (option.kind === 'none') return <span className="opt-action">{t('map.clear')}</span>;
  const i = option.indicator;
  return (
    <>
      {row.candidate.suggested?.includes(i.id) && <span className="badge suggested">{t('map.suggested')}</span>}
      <span className="opt-name">{pickLang(i.name, lang)}</span>{' '}
      <span className="opt-meta">
        {pickLang(i.unit, lang)}
        {i.area !== row.category && ` · ${t(`category.${i.area}`)}`}
      </span>
    </>
  );
}

/** The matches and the two actions as a listbox, and the definition of the active option below it. */
function OptionList({ options, at, listId, row, onChoose }: { options: readonly Option[]; at: number; listId: string; row: ReviewRow; onChoose: (o: Option) => void }) {
  const { lang, t } = useLang();
  const current = options[at];
  return (
    <>
      <ul id={listId} role="listbox" aria-label={t('map.search')} data-testid="indicator-options">
        {options.map((o, k) => (
          <li
            key={o.kind === 'indicator' ? o.indicator.id : o.kind}
            id={`${listId}-${k}`}
            role="option"
            aria-selected={k === at}
            className={k === at ? 'active' : undefined}
            title={o.kind === 'indicator' ? pickLang(o.indicator.definition, lang) : undefined}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onChoose(o)}
          >
            <OptionText option={o} row={row} />
          </li>
        ))}
      </ul>
      {current?.kind === 'indicator' && (
        <p className="opt-def" data-testid="indicator-option-definition">
          {pickLang(current.indicator.definition, lang)}
        </p>
      )}
    </>
  );
}

/** A searchable list of the catalogue's indicators (combobox): arrows move, Enter chooses, Escape closes. */
export function IndicatorPicker({ row, indicators, wording, onChoose, onName, onClose }: Props) {
  const { t } = useLang();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [naming, setNaming] = useState(false);
  // set when the list gives way to the naming form, whose focus is not a blur that closes the picker
  const leaving = useRef(false);
  const listId = useId();
  const suggested = row.candidate.suggested;
  const matches = useMemo(
    () => searchIndicators(indicators, query, { area: row.category, ...(suggested ? { suggested } : {}) }),
    [indicators, query, row.category, suggested],
  );
  const options: Option[] = [...matches.map((indicator) => ({ kind: 'indicator' as const, indicator })), { kind: 'new' }, { kind: 'none' }];
  const at = Math.min(active, options.length - 1);
  useEffect(() => {
    // in braces: scrollIntoView may return a promise, which an effect must not
    document.getElementById(`${listId}-${at}`)?.scrollIntoView({ block: 'nearest' });
  }, [listId, at]);
  if (naming)
    return (
      <SpecificForm
        initial={query.trim() || wording}
        onDone={onName}
        onCancel={() => {
          leaving.current = false;
          setNaming(false);
        }}
      />
    );
  const choose = (o: Option) => {
    leaving.current = o.kind === 'new';
    if (o.kind === 'new') setNaming(true);
    else onChoose(o.kind === 'none' ? null : o.indicator);
  };
  const keys = (e: KeyboardEvent) => {
    const move: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: options.length - 1 };
    if (e.key in move) setActive((move[e.key]! + options.length) % options.length);
    else if (e.key === 'Enter') choose(options[at]!);
    else if (e.key === 'Escape') onClose();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  return (
    <div className="indicator-picker">
      <input
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={`${listId}-${at}`}
        aria-label={t('map.search')}
        placeholder={t('map.search')}
        autoFocus
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={keys}
        onBlur={(e) => !leaving.current && !e.currentTarget.parentElement?.contains(e.relatedTarget) && onClose()}
        data-testid="indicator-search"
      />
      <p className="note" aria-live="polite">
        {matches.length ? t('map.results', { n: matches.length }) : t('map.noMatch')}
      </p>
      <OptionList options={options} at={at} listId={listId} row={row} onChoose={choose} />
    </div>
  );
}
