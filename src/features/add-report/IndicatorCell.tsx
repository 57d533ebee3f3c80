import { useEffect, useRef, useState } from 'react';
import type { Indicator } from '../../model/indicators';
import { pickLang } from '../../i18n';
import { useLang } from '../../ui/hooks/useLang';
import { rowMetric, type ReviewRow } from './review';
import { IndicatorPicker } from './IndicatorPicker';

interface Props {
  row: ReviewRow;
  indicators: readonly Indicator[];
  /** the words before the figure: the first guess at a report-specific figure's name */
  wording: string;
  onChoose: (indicator: Indicator | null) => void;
  onName: (name: { zh: string; en?: string }) => void;
}

/** What a row is mapped to: the indicator's name, unit and definition, a named report-specific figure, or none. */
function MappingSummary({ row, indicators }: Pick<Props, 'row' | 'indicators'>) {
  const { lang, t } = useLang();
  const { metric, mapped } = rowMetric(row, indicators);
  if (!mapped)
    return (
      <span className="ind-none" data-testid="indicator-name">
        {t('map.none')}
      </span>
    );
  const definition = metric.specific ? null : metric.description ? pickLang(metric.description, lang) : null;
  return (
    <>
      <span className="ind-name" data-testid="indicator-name">
        {pickLang(metric.name, lang)}
      </span>{' '}
      <span className="ind-unit">({pickLang(metric.unit, lang)})</span>
      {metric.specific && <span className="badge">{t('map.specific')}</span>}
      {row.source === 'remembered' && (
        <span className="badge remembered" data-testid="indicator-remembered">
          {t('map.remembered')}
        </span>
      )}
      {definition && (
        <span className="ind-def" title={definition} data-testid="indicator-definition">
          {definition}
        </span>
      )}
    </>
  );
}

/** The extractor's suggestions for a row it gave no indicator: one click maps the row to one of them. */
function Suggestions({ row, indicators, onChoose }: Pick<Props, 'row' | 'indicators' | 'onChoose'>) {
  const { lang, t } = useLang();
  const offered = (row.candidate.suggested ?? []).map((id) => indicators.find((i) => i.id === id && !i.deprecated)).filter((i): i is Indicator => i !== undefined);
  if (!offered.length || rowMetric(row, indicators).mapped) return null;
  return (
    <span className="ind-suggested" data-testid="indicator-suggestions">
      <span className="badge suggested">{t('map.suggested')}</span>
      {offered.map((i) => (
        <button
          key={i.id}
          type="button"
          className="suggestion"
          title={pickLang(i.definition, lang)}
          aria-label={t('map.suggestedFor', { figure: row.candidate.figure, name: pickLang(i.name, lang) })}
          onClick={() => onChoose(i)}
          data-testid="indicator-suggestion"
        >
          {pickLang(i.name, lang)}
        </button>
      ))}
    </span>
  );
}

/** A row's indicator with its definition, the extractor's suggestions, and the picker to change it. */
export function IndicatorCell({ row, indicators, wording, onChoose, onName }: Props) {
  const { t } = useLang();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  // closing the picker gives the focus back to the button that opened it
  useEffect(() => {
    if (wasOpen.current && !open) button.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return (
    <div className="indicator-cell">
      <MappingSummary row={row} indicators={indicators} />
      {!open && <Suggestions row={row} indicators={indicators} onChoose={onChoose} />}
      {open ? (
        <IndicatorPicker
          row={row}
          indicators={indicators}
          wording={wording}
          onChoose={(i) => {
            onChoose(i);
            setOpen(false);
          }}
          onName={(n) => {
            onName(n);
            setOpen(false);
          }}
          onClose={() => setOpen(false)}
        />
      ) : (
        <button ref={button} type="button" className="link" data-testid="indicator-change" aria-label={t('map.changeFor', { figure: row.candidate.figure })} onClick={() => setOpen(true)}>
          {t('map.change')}
        </button>
      )}
    </div>
  );
}
