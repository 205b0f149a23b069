import { formatMetricValue, type MetricUnit } from '@rollout/domain';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS_LABELS, formatShortWeek } from '../chart-data';
import type { ChartPoint, ChartReference, ChartScale } from '../chart-data';

// Loaded on demand (React.lazy in MetricChartPanel): recharts alone is about half the size of the first page.

export interface MetricChartProps {
  points: readonly ChartPoint[];
  unit: MetricUnit;
  references: readonly ChartReference[];
  /** Monday of the pilot's first week, marked on the time axis. */
  startWeek: string | null;
  hasComparison: boolean;
  /** The value axis, covering the values and the reference lines, with round ticks. */
  scale: ChartScale;
}

// Theme tokens (app/theme.ts), so the chart reads in light and dark mode.
const COLORS = {
  pilot: 'var(--app-chart-pilot)',
  // Not gray: the baseline line is gray and often runs where the comparison units are.
  comparison: 'var(--app-chart-comparison)',
  grid: 'var(--app-chart-grid)',
  text: 'var(--app-chart-axis)',
  start: 'var(--app-chart-reference)',
};

export function MetricChart({ points, unit, references, startWeek, hasComparison, scale }: MetricChartProps) {
  const format = (value: number) => formatMetricValue(value, unit);
  return (
    <LineChart
      data={[...points]}
      responsive
      style={{ width: '100%', height: 250 }}
      margin={{ top: 16, right: 104, bottom: 4, left: 8 }}
      accessibilityLayer={false}
    >
      <CartesianGrid stroke={COLORS.grid} strokeDasharray="3 3" vertical={false} />
      <XAxis
        dataKey="weekStart"
        tickFormatter={formatShortWeek}
        tick={{ fontSize: 12 }}
        stroke={COLORS.text}
        label={{ value: 'Week starting', position: 'insideBottom', offset: -2, fontSize: 12, fill: COLORS.text }}
        height={42}
      />
      <YAxis
        domain={scale.domain}
        ticks={scale.ticks}
        interval={0}
        tickFormatter={format}
        tick={{ fontSize: 12 }}
        stroke={COLORS.text}
        width={64}
        label={{ value: AXIS_LABELS[unit], angle: -90, position: 'insideLeft', offset: 4, fontSize: 12, fill: COLORS.text, style: { textAnchor: 'middle' } }}
      />
      <Tooltip
        labelFormatter={(label) => (typeof label === 'string' ? `Week of ${formatShortWeek(label)}` : '')}
        formatter={(value) => (typeof value === 'number' ? format(value) : String(value))}
      />
      {/* No fixed height: on a phone the legend wraps to two lines and the plot moves down for it. */}
      <Legend verticalAlign="top" iconType="plainline" wrapperStyle={{ fontSize: 12, paddingBottom: 8 }} />
      {startWeek && (
        <ReferenceLine
          x={startWeek}
          stroke={COLORS.start}
          label={{ value: 'Pilot starts', position: 'insideTopLeft', fontSize: 11, fill: COLORS.text }}
        />
      )}
      {references.map((reference) => (
        <ReferenceLine
          key={reference.label}
          y={reference.value}
          stroke={`var(--mantine-color-${reference.color}-6)`}
          strokeDasharray="6 4"
          label={{ value: `${reference.label} ${format(reference.value)}`, position: 'right', fontSize: 11, fill: `var(--mantine-color-${reference.color}-text)` }}
        />
      ))}
      {/* Comparison first, so the pilot line is drawn on top where they meet; dashed with hollow dots, so
          the two differ by more than colour. */}
      {hasComparison && (
        <Line
          type="monotone"
          dataKey="comparison"
          name="Comparison units"
          stroke={COLORS.comparison}
          strokeWidth={2}
          strokeDasharray="6 3"
          dot={{ r: 3, strokeDasharray: '', fill: 'var(--mantine-color-body)' }}
          connectNulls
          isAnimationActive={false}
        />
      )}
      <Line
        type="monotone"
        dataKey="pilot"
        name="Pilot units"
        stroke={COLORS.pilot}
        strokeWidth={2.5}
        dot={{ r: 3, fill: COLORS.pilot }}
        connectNulls
        isAnimationActive={false}
      />
    </LineChart>
  );
}
