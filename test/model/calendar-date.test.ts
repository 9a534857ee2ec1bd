import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { addDays, addMonths, ageBetweenPacked, ageOn, daysBetween, fromDayNumber, isCalendarDate, monthsBetween, packedDate, toDayNumber } from '../../src/model/calendar-date.js';

describe('calendar dates', () => {
  it('knows real dates, leap years included', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('1900-02-29')).toBe(false);
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('2023-9-30')).toBe(false);
    expect(isCalendarDate('2023-09-31')).toBe(false);
  });
  it('adds days and months (clamping to the month end)', () => {
    expect(addDays('2023-09-30', 1)).toBe('2023-10-01');
    expect(addMonths('2023-08-31', 1)).toBe('2023-09-30');
    expect(addMonths('2021-06-01', -12)).toBe('2020-06-01');
    expect(daysBetween('2023-01-01', '2024-01-01')).toBe(365);
  });
  it('counts whole months and ages (周岁)', () => {
    expect(monthsBetween('2023-04-15', '2023-10-14')).toBe(5);
    expect(monthsBetween('2023-04-15', '2023-10-15')).toBe(6);
    expect(ageOn('2007-10-01', '2023-09-30')).toBe(15);
    expect(ageOn('2007-09-30', '2023-09-30')).toBe(16);
    expect(ageOn('1880-01-01', '2023-09-30')).toBe(143);
  });
  test.prop([fc.integer({ min: -40_000, max: 40_000 }), fc.integer({ min: -3000, max: 3000 })])('day numbers round-trip', (n, d) => {
    const date = fromDayNumber(n);
    expect(toDayNumber(date)).toBe(n);
    expect(daysBetween(date, addDays(date, d))).toBe(d);
  });
  it('packs a real date into one integer and refuses anything else without throwing', () => {
    expect(packedDate('2024-02-29')).toBe(20240229);
    expect(packedDate('2023-02-28')).toBe(20230228);
    expect(packedDate('2023-02-29')).toBe(-1); // no 29th in a common year: the boundary and one past it
    expect(packedDate('2023-13-01')).toBe(-1);
    expect(packedDate('2023-1-01')).toBe(-1);
    expect(packedDate(20230101)).toBe(-1);
    expect(packedDate(undefined)).toBe(-1);
  });
  it('counts ages (周岁) on packed dates: the birthday is the boundary', () => {
    expect(ageBetweenPacked(20070930, 20230929)).toBe(15);
    expect(ageBetweenPacked(20070930, 20230930)).toBe(16);
    expect(ageBetweenPacked(20070930, 20231001)).toBe(16);
  });
  test.prop([fc.integer({ min: -40_000, max: 40_000 }), fc.integer({ min: -40_000, max: 40_000 })])('ageBetweenPacked on packed dates ≡ ageOn', (a, b) => {
    const born = fromDayNumber(a);
    const on = fromDayNumber(b);
    expect(ageBetweenPacked(packedDate(born), packedDate(on))).toBe(ageOn(born, on));
  });
});
