import { formatAnnualAmount, TOOL_CATEGORY_LABELS, type ToolCategory } from '@rollout/domain';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';

// Loaded on demand (React.lazy in ToolInventorySection): recharts is large.

export interface ToolSpendChartProps {
  spend: readonly { category: ToolCategory; annualCost: number }[];
}

// Theme tokens (app/theme.ts), so the chart reads in light and dark mode.
const COLORS = { bar: 'var(--app-chart-pilot)', grid: 'var(--app-chart-grid)', text: 'var(--app-chart-axis)' };

export function ToolSpendChart({ spend }: ToolSpendChartProps) {
  const data = spend.map((row) => ({ label: TOOL_CATEGORY_LABELS[row.category], annualCost: row.annualCost }));
  return (
    <BarChart data={data} layout="vertical" responsive style={{ width: '100%', height: Math.max(120, data.length * 36 + 40) }} margin={{ top: 4, right: 24, bottom: 4, left: 8 }} accessibilityLayer={false}>
      <CartesianGrid stroke={COLORS.grid} strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" tickFormatter={formatAnnualAmount} tick={{ fontSize: 12 }} stroke={COLORS.text} />
      <YAxis type="category" dataKey="label" width={150} tick={{ fontSize: 12 }} stroke={COLORS.text} />
      <Tooltip formatter={(value) => (typeof value === 'number' ? `${formatAnnualAmount(value)} a year` : String(value))} />
      <Bar dataKey="annualCost" name="Annual spend" fill={COLORS.bar} isAnimationActive={false} />
    </BarChart>
  );
}
