import { formatFigure, type FormatInput } from '../../model/format';
import type { Metric } from '../../model/schema';
import { useLang } from '../hooks/useLang';
import { SourceLink } from './SourceLink';

/** A figure's three cells in a table: the figure as written (marked when derived), its year, and the link to its sentence. */
export function FigureCells({
  figure,
  metric,
  period,
  onOpen,
}: {
  figure: FormatInput & { derived?: unknown };
  metric: Pick<Metric, 'unit' | 'kind'>;
  period: number;
  onOpen: () => void;
}) {
  const { lang, t } = useLang();
  return (
    <>
      <td>
        {formatFigure(figure, metric, lang)}
        {figure.derived ? ` (${t('compare.derived')})` : ''}
      </td>
      <td>{period}</td>
      <td>
        <SourceLink onOpen={onOpen} />
      </td>
    </>
  );
}
