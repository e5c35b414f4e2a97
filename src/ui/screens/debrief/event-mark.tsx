// A year's events on the debrief chart: a diamond on the bottom band, with the number of events when more than one.
export const INK = '#1b1f23';

export function EventMark({ cx, cy, count }: { readonly cx: number | undefined; readonly cy: number | undefined; readonly count: number }) {
  if (cx === undefined || cy === undefined) return <g />;
  return (
    <g>
      <path d={`M${cx} ${cy - 6}L${cx + 6} ${cy}L${cx} ${cy + 6}L${cx - 6} ${cy}Z`} fill="#ffffff" stroke={INK} strokeWidth={1.5} />
      {count > 1 && (
        <text x={cx + 8} y={cy + 4} fontSize={12} fill={INK}>
          {count}
        </text>
      )}
    </g>
  );
}
