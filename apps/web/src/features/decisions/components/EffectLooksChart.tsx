import { formatMetricChange, formatSignedNumber, type MetricUnit } from '@rollout/domain';
import { Area, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS_LABELS, formatShortWeek } from '../../measurements/chart-data';
import type { EffectLookPoint } from './EffectLooksPanel';

// Loaded on demand (React.lazy in EffectLooksPanel), like MetricChart.

export interface EffectLooksChartProps {
  looks: readonly EffectLookPoint[];
  unit: MetricUnit;
}

// Theme tokens (app/theme.ts), so the chart reads in light and dark mode.
const COLORS = {
  effect: 'var(--app-chart-pilot)',
  interval: 'var(--app-chart-band)',
  boundary: 'var(--mantine-color-green-text)',
  zero: 'var(--app-chart-reference)',
  grid: 'var(--app-chart-grid)',
  text: 'var(--app-chart-axis)',
};

/** The effect at each weekly look, its interval as a band, and the boundary it had to pass. */
export function EffectLooksChart({ looks, unit }: EffectLooksChartProps) {
  const format = (value: number) => formatMetricChange(value, unit, true);
  const data = looks.map((look) => ({ ...look, range: look.low !== null && look.high !== null ? [look.low, look.high] : null }));
  return (
    <ComposedChart data={data} responsive style={{ width: '100%', height: 200 }} margin={{ top: 8, right: 16, bottom: 4, left: 8 }} accessibilityLayer={false}>
      <CartesianGrid stroke={COLORS.grid} strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="weekStart" tickFormatter={formatShortWeek} tick={{ fontSize: 12 }} stroke={COLORS.text} />
      <YAxis
        tickFormatter={(value: number) => formatSignedNumber(value, unit)}
        tick={{ fontSize: 12 }}
        stroke={COLORS.text}
        width={64}
        label={{ value: `Effect, ${AXIS_LABELS[unit].toLowerCase()}`, angle: -90, position: 'insideLeft', offset: 4, fontSize: 12, fill: COLORS.text, style: { textAnchor: 'middle' } }}
      />
      <Tooltip
        labelFormatter={(label) => (typeof label === 'string' ? `Look after the week of ${formatShortWeek(label)}` : '')}
        formatter={(value) => (typeof value === 'number' ? format(value) : Array.isArray(value) ? value.map((v) => (typeof v === 'number' ? format(v) : '')).join(' to ') : String(value))}
      />
      {/* No fixed height: on a phone the legend wraps to two lines and the plot moves down for it. */}
      <Legend verticalAlign="top" iconType="plainline" wrapperStyle={{ fontSize: 12, paddingBottom: 8 }} />
      <ReferenceLine y={0} stroke={COLORS.zero} label={{ value: 'No effect', position: 'insideTopRight', fontSize: 11, fill: COLORS.text }} />
      <Area dataKey="range" name="Interval" stroke="none" fill={COLORS.interval} fillOpacity={0.6} isAnimationActive={false} connectNulls />
      <Line dataKey="boundary" name="Boundary to call it better" stroke={COLORS.boundary} strokeDasharray="6 4" dot={{ r: 2 }} connectNulls isAnimationActive={false} />
      <Line dataKey="effect" name="Effect" stroke={COLORS.effect} strokeWidth={2.5} dot={{ r: 3 }} isAnimationActive={false} />
    </ComposedChart>
  );
}
