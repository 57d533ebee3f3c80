import { useState } from 'react';
import type { Catalog } from '../../model/catalog';
import type { FrameworkArea, FrameworkMatrix, FrameworkRow, FrameworkTask } from './framework-matrix';
import { pickLang, shortName } from '../../i18n';
import { useLang } from '../../ui/hooks/useLang';
import { FrameworkCell } from './FrameworkCell';

type Fraction = { n: number; total: number };

/** "n/N", with what it counts for screen readers. */
function FractionCell({ n, total, label }: Fraction & { label: string }) {
  const { t } = useLang();
  return (
    <td className="fw-count" aria-label={label} title={label}>
      {t('framework.fraction', { n, total })}
    </td>
  );
}

/** A row that heads a task or an area: its name as a toggle, then per place how many of its indicators it reports. */
function GroupRow(props: { level: 'task' | 'area'; name: string; open: boolean; onToggle: () => void; coverage?: readonly number[]; size?: number; catalog: Catalog; places: readonly string[]; span: number }) {
  const { lang, t } = useLang();
  const { level, name, open, onToggle, coverage, size = 0, catalog, places } = props;
  return (
    <tr className={`fw-${level}`}>
      <th scope="rowgroup" colSpan={coverage ? 1 : props.span}>
        <button type="button" className="fw-toggle" aria-expanded={open} onClick={onToggle} data-testid={`framework-${level}`}>
          <span aria-hidden="true">{open ? '▾' : '▸'}</span> {name}
          {level === 'task' && <span className="fw-size"> · {size}</span>}
        </button>
      </th>
      {coverage?.map((n, k) => (
        <FractionCell key={places[k]} n={n} total={size} label={t('framework.coverageAria', { place: shortName(catalog, places[k]!, lang), scope: name, n, total: size })} />
      ))}
      {coverage && <td colSpan={2} />}
    </tr>
  );
}

function IndicatorRow({ row, catalog, matrix }: { row: FrameworkRow; catalog: Catalog; matrix: FrameworkMatrix }) {
  const { lang, t } = useLang();
  const i = row.indicator;
  const places = matrix.jurisdictions.length;
  return (
    <tr data-indicator={i.id}>
      <th scope="row" title={pickLang(i.definition, lang)}>
        {pickLang(i.name, lang)}
      </th>
      {row.cells.map((o, k) => (
        <FrameworkCell key={matrix.jurisdictions[k]} catalog={catalog} indicator={i} place={matrix.jurisdictions[k]!} figure={o} />
      ))}
      <FractionCell n={row.reporting} total={places} label={t('framework.reportingAria', { n: row.reporting, total: places })} />
      <FractionCell n={row.stored} total={matrix.storedPlaces} label={t('framework.storedAria', { n: row.stored, total: matrix.storedPlaces })} />
    </tr>
  );
}

const areaKey = (task: FrameworkTask, area: FrameworkArea) => `${task.task.id}/${area.area}`;

/** One task: its heading row (collapsible), then area by area the indicators' rows. */
function TaskBody(props: { task: FrameworkTask; matrix: FrameworkMatrix; catalog: Catalog; closed: ReadonlySet<string>; toggle: (key: string) => void }) {
  const { task, matrix, catalog, closed, toggle } = props;
  const { lang, t } = useLang();
  const span = matrix.jurisdictions.length + 3;
  const open = !closed.has(task.task.id);
  return (
    <tbody data-task={task.task.id}>
      <GroupRow level="task" name={pickLang(task.task.name, lang)} open={open} onToggle={() => toggle(task.task.id)} coverage={task.coverage} size={task.size} catalog={catalog} places={matrix.jurisdictions} span={span} />
      {open && task.areas.length === 0 && (
        <tr>
          <td colSpan={span} className="note">{t('framework.taskEmpty')}</td>
        </tr>
      )}
      {open &&
        task.areas.flatMap((a) => {
          const key = areaKey(task, a);
          const areaOpen = !closed.has(key);
          return [
            <GroupRow key={key} level="area" name={t(`category.${a.area}`)} open={areaOpen} onToggle={() => toggle(key)} catalog={catalog} places={matrix.jurisdictions} span={span} />,
            ...(areaOpen ? a.rows.map((r) => <IndicatorRow key={r.indicator.id} row={r} catalog={catalog} matrix={matrix} />) : []),
          ];
        })}
    </tbody>
  );
}

/** Tasks → areas → indicators against the chosen places; coverage per place (per task, in total) and per indicator. */
export function FrameworkTable({ matrix, tasks, catalog }: { matrix: FrameworkMatrix; tasks: readonly FrameworkTask[]; catalog: Catalog }) {
  const { lang, t } = useLang();
  const [closed, setClosed] = useState<ReadonlySet<string>>(() => new Set());
  const toggle = (key: string) =>
    setClosed((s) => {
      const next = new Set(s);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  const total = t('framework.total');
  return (
    <div className="matrix-wrap fw-wrap" tabIndex={0} role="region" aria-label={t('framework.title')}>
      <table className="matrix fw-matrix" data-testid="framework-matrix">
        <thead>
          <tr>
            <th scope="col">{t('framework.indicator')}</th>
            {matrix.jurisdictions.map((j) => (
              <th scope="col" key={j}>{shortName(catalog, j, lang)}</th>
            ))}
            <th scope="col" className="fw-count-head">{t('framework.reporting')}</th>
            <th scope="col" className="fw-count-head">{t('framework.stored')}</th>
          </tr>
        </thead>
        <tbody>
          <tr className="fw-total" data-testid="framework-total">
            <th scope="row">{total} · {matrix.size}</th>
            {matrix.coverage.map((n, k) => (
              <FractionCell key={matrix.jurisdictions[k]} n={n} total={matrix.size} label={t('framework.coverageAria', { place: shortName(catalog, matrix.jurisdictions[k]!, lang), scope: total, n, total: matrix.size })} />
            ))}
            <td colSpan={2} />
          </tr>
        </tbody>
        {tasks.map((task) => (
          <TaskBody key={task.task.id} task={task} matrix={matrix} catalog={catalog} closed={closed} toggle={toggle} />
        ))}
      </table>
    </div>
  );
}
