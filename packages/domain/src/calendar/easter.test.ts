import { easterSunday } from './easter';

describe('Easter Sunday by computus', () => {
  it.each([
    [1818, 3, 22],
    [1943, 4, 25],
    [1995, 4, 16],
    [2000, 4, 23],
    [2008, 3, 23],
    [2011, 4, 24],
    [2019, 4, 21],
    [2020, 4, 12],
    [2021, 4, 4],
    [2022, 4, 17],
    [2023, 4, 9],
    [2024, 3, 31],
    [2025, 4, 20],
    [2026, 4, 5],
    [2038, 4, 25],
    [2285, 3, 22],
  ])('in %i falls on %i/%i', (year, month, day) => {
    expect(easterSunday(year)).toEqual([month, day]);
  });

  it('always falls on a Sunday between 22 March and 25 April', () => {
    for (let year = 1583; year <= 4099; year++) {
      const [month, day] = easterSunday(year);
      const date = new Date(Date.UTC(year, month - 1, day));
      expect(date.getUTCDay()).toBe(0);
      expect(month * 100 + day).toBeGreaterThanOrEqual(322);
      expect(month * 100 + day).toBeLessThanOrEqual(425);
    }
  });
});
