/**
 * Easter Sunday in the Gregorian calendar, as [month, day], by the anonymous Gregorian computus
 * (the "Meeus/Jones/Butcher" arithmetic): the first Sunday after the ecclesiastical full moon on or
 * after 21 March. Valid for any year from 1583.
 */
export const easterSunday = (year: number): readonly [month: number, day: number] => {
  const golden = year % 19;
  const century = Math.floor(year / 100);
  const yearOfCentury = year % 100;
  const leapCenturies = Math.floor(century / 4);
  const centuryRemainder = century % 4;
  const moonCorrection = Math.floor((century + 8) / 25);
  const solarCorrection = Math.floor((century - moonCorrection + 1) / 3);
  const epact = (19 * golden + century - leapCenturies - solarCorrection + 15) % 30;
  const leapYears = Math.floor(yearOfCentury / 4);
  const yearRemainder = yearOfCentury % 4;
  const weekday = (32 + 2 * centuryRemainder + 2 * leapYears - epact - yearRemainder) % 7;
  const correction = Math.floor((golden + 11 * epact + 22 * weekday) / 451);
  const daysFromMarch = epact + weekday - 7 * correction + 114;
  return [Math.floor(daysFromMarch / 31), (daysFromMarch % 31) + 1];
};
