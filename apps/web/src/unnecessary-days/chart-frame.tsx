import type { ReactNode } from 'react';
import { CartesianGrid, ComposedChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';

/**
 * The frame every chart over periods shares: full width, the grid, the periods along the x axis by
 * their labels and whole numbers up the y axis. `children` are what the chart draws in it.
 */
export function ChartFrame<Row extends { label: string }>({
  rows,
  height,
  children,
}: {
  rows: Row[];
  height: number;
  children: ReactNode;
}) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <ComposedChart data={rows} margin={{ top: 12, right: 24, bottom: 8, left: 8 }}>
        <CartesianGrid stroke="#d8dde0" strokeDasharray="2 4" />
        <XAxis dataKey="label" tick={{ fill: '#212b32' }} />
        <YAxis tick={{ fill: '#212b32' }} allowDecimals={false} />
        {children}
      </ComposedChart>
    </ResponsiveContainer>
  );
}

/** The measured values' line, drawn the same on every chart; the chart gives its name and dots. */
export const VALUE_LINE = {
  type: 'linear',
  dataKey: 'value',
  stroke: '#425563',
  strokeWidth: 2,
  isAnimationActive: false,
} as const;

/** The centre line a chart measures against (the XmR chart's mean, the run chart's median), named in the legend. */
export const CENTRE_LINE = {
  type: 'stepAfter',
  stroke: '#212b32',
  dot: false,
  isAnimationActive: false,
} as const;
