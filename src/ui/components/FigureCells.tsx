import { formatFigure, type FormatInput } from '../../model/format';
import type { Metric } from '../../model/schema';
import { useLang } from '../hooks/useLang';
import { SourceLink } from './SourceLink';
import { CaveatNotes } from './CaveatNotes';
import { caveatMark, type Caveats } from '../../model/caveats';

/**
 * A figure's three cells in a table: the figure as written (marked when derived; marked † with its caveats under it
 * when it is not like-for-like), its year, and the link to its sentence.
 */
export function FigureCells({
  figure,
  metric,
  period,
  onOpen,
}: {
  figure: FormatInput & { derived?: unknown; caveats?: Caveats };
  metric: Pick<Metric, 'unit' | 'kind'>;
  period: number;
  onOpen: () => void;
}) {
  const { lang, t } = useLang();
  return (
    <>
      <td>
        {formatFigure(figure, metric, lang)}
        {caveatMark(figure.caveats)}
        {figure.derived ? ` (${t('compare.derived')})` : ''}
        <CaveatNotes caveats={figure.caveats} />
      </td>
      <td>{period}</td>
      <td>
        <SourceLink onOpen={onOpen} />
      </td>
    </>
  );
}
