import { formatCalendarDate } from '@rollout/domain';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';

// Loaded on demand (React.lazy in RolloutProgressCard): recharts is large.

export interface AdoptionChartProps {
  weeks: readonly { week: string; live: number; adopted: number }[];
  units: number;
}

// Theme tokens (app/theme.ts), so the chart reads in light and dark mode.
const COLORS = { live: 'var(--app-chart-pilot)', adopted: 'var(--app-chart-comparison)', grid: 'var(--app-chart-grid)', text: 'var(--app-chart-axis)' };

/** Units live and adopted at the end of each week since the roll-out's first move. */
export function AdoptionChart({ weeks, units }: AdoptionChartProps) {
  return (
    <LineChart data={[...weeks]} responsive style={{ width: '100%', height: 200 }} margin={{ top: 8, right: 16, bottom: 4, left: 0 }} accessibilityLayer={false}>
      <CartesianGrid stroke={COLORS.grid} strokeDasharray="3 3" />
      <XAxis dataKey="week" tickFormatter={formatCalendarDate} tick={{ fontSize: 12 }} stroke={COLORS.text} minTickGap={24} />
      <YAxis allowDecimals={false} domain={[0, Math.max(1, units)]} tick={{ fontSize: 12 }} stroke={COLORS.text} width={32} />
      <Tooltip labelFormatter={(label) => (typeof label === 'string' ? `Week of ${formatCalendarDate(label)}` : '')} />
      <Legend />
      <Line type="stepAfter" dataKey="live" name="Live (incl. adopted)" stroke={COLORS.live} strokeWidth={2} dot={false} isAnimationActive={false} />
      <Line type="stepAfter" dataKey="adopted" name="Adopted" stroke={COLORS.adopted} strokeWidth={2} dot={false} isAnimationActive={false} />
    </LineChart>
  );
}
