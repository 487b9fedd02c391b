import { describe, expect, it } from 'vitest';
import { timeAxis, tickLabel } from '../../../src/domain/chart/time-axis';
import { axisFor, logDisabledReason } from '../../../src/domain/chart/axis-scale';
import { FIELDS } from '../../../src/domain/fields';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const labels = (values: number[]) => {
  const axis = timeAxis(values);
  return axis.ticks.map(tickLabel(axis, String));
};

describe('a date axis', () => {
  it('ticks on years across several years, with the points off the edges', () => {
    // 2017-06 to 2024-03: 82 months; six ticks or fewer need a two-year step.
    expect(labels([day('2017-06-12'), day('2024-03-04')])).toEqual(['2016', '2018', '2020', '2022', '2024', '2026']);
  });

  it('ticks on months within a year', () => {
    // 2024-02-10 to 2024-05-20: four months, one-month ticks from February to June.
    expect(labels([day('2024-02-10'), day('2024-05-20')])).toEqual(['2024-02', '2024-03', '2024-04', '2024-05', '2024-06']);
  });

  it('moves a point that falls on a boundary off the edge', () => {
    const axis = timeAxis([day('2024-01-01'), day('2024-03-15')]);
    expect(axis.domain[0]).toBeLessThan(day('2024-01-01'));
  });

  it('is what a time field gets, and a log scale never applies to it', () => {
    const axis = axisFor(FIELDS.releaseDate, [day('2020-01-05'), day('2023-07-01')], true);
    expect(axis.scale).toBe('linear');
    expect(axis.unit).toBe('year');
    expect(logDisabledReason(FIELDS.releaseDate, day('2020-01-05'))).toMatch(/date/);
  });
});
