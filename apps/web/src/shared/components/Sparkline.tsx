export interface SparklineProps {
  /** The values, oldest first; null where there is none (the line breaks there). */
  values: readonly (number | null)[];
  /** What the line shows, for screen readers ("Live units over twelve weeks: 0 to 12"). */
  label: string;
  width?: number;
  height?: number;
  /** A value to draw as a dashed line (a target), kept inside the frame. */
  reference?: number | null;
  color?: string;
}

/** A small line of values in a list, drawn as SVG so lists need no chart library. */
export function Sparkline({ values, label, width = 96, height = 24, reference = null, color = 'var(--mantine-primary-color-filled)' }: SparklineProps) {
  const known = values.filter((value): value is number => value !== null);
  const all = reference === null ? known : [...known, reference];
  const low = Math.min(...all);
  const high = Math.max(...all);
  const span = high - low || 1;
  const x = (i: number) => (values.length <= 1 ? width / 2 : (i / (values.length - 1)) * (width - 4) + 2);
  const y = (value: number) => height - 2 - ((value - low) / span) * (height - 4);
  // Runs of consecutive values, so a missing week breaks the line instead of bridging it.
  const runs: string[] = [];
  let run: string[] = [];
  values.forEach((value, i) => {
    if (value === null) {
      if (run.length > 0) runs.push(run.join(' '));
      run = [];
    } else run.push(`${x(i).toFixed(1)},${y(value).toFixed(1)}`);
  });
  if (run.length > 0) runs.push(run.join(' '));
  const lastIndex = values.findLastIndex((value) => value !== null);
  const last = values[lastIndex];
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} style={{ display: 'block', flexShrink: 0 }}>
      {reference !== null && known.length > 0 && <line x1={0} x2={width} y1={y(reference)} y2={y(reference)} stroke="var(--mantine-color-dimmed)" strokeDasharray="3 3" strokeWidth={1} />}
      {runs.map((points) => (points.includes(' ') ? <polyline key={points} points={points} fill="none" stroke={color} strokeWidth={1.5} strokeLinejoin="round" /> : null))}
      {last != null && <circle cx={x(lastIndex)} cy={y(last)} r={2.5} fill={color} />}
    </svg>
  );
}
