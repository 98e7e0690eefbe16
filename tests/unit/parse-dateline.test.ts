import { describe, expect, test } from 'vitest';
import { parseClock } from '../../src/core/parse/dates.ts';
import { parseDateline } from '../../src/core/parse/dateline.ts';

describe('parseDateline', () => {
  test.each([
    ['Moscow, December 21, 1937—2 p.m.', 'Moscow', '1937-12-21T14:00', 'December 21, 1937—2 p.m.'],
    ['Washington, April 28, 1934.', 'Washington', '1934-04-28', 'April 28, 1934'],
    ['Buenos Aires, September 30, 1934—2 p.m.', 'Buenos Aires', '1934-09-30T14:00', 'September 30, 1934—2 p.m.'],
    ['Petrograd, May 15, 1917, 8 p.m.', 'Petrograd', '1917-05-15T20:00', 'May 15, 1917, 8 p.m.'],
    ['Petrograd, May 11, 1917, midnight.', 'Petrograd', '1917-05-11T00:00', 'May 11, 1917, midnight'],
    ['Moscow, January 7, 1918, 12 noon.', 'Moscow', '1918-01-07T12:00', 'January 7, 1918, 12 noon'],
    ['Petrograd, April 6, 1917, 12 p.m.', 'Petrograd', '1917-04-06T12:00', 'April 6, 1917, 12 p.m.'],
    ['Petrograd, May 2/15, 1917.', 'Petrograd', '1917-05-02', 'May 2/15, 1917'],
    ['[Washington,] April 5, 1934.', 'Washington', '1934-04-05', 'April 5, 1934'],
    ['25th March, 1946', null, '1946-03-25', '25th March, 1946'],
    ['June 10, 1944', null, '1944-06-10', 'June 10, 1944'],
    ['Rio de Janeiro, August 21, 1934—4 p.m.', 'Rio de Janeiro', '1934-08-21T16:00', 'August 21, 1934—4 p.m.'],
    ['Archangel, December 17, 1918, 8.48 a.m.', 'Archangel', '1918-12-17T08:48', 'December 17, 1918, 8.48 a.m.'],
  ])('%s', (line, place, date, dateText) => {
    expect(parseDateline(line)).toEqual({ place, date, dateText });
  });

  test.each([
    ['April 24, 1934--6 p.m.', null, '1934-04-24T18:00', 'April 24, 1934--6 p.m.'],
    ['Manchester, Mass., August 3, 1924.', 'Manchester, Mass.', '1924-08-03', 'August 3, 1924'],
    ['Rapid City, S. Dak., June 16, 1927.', 'Rapid City, S. Dak.', '1927-06-16', 'June 16, 1927'],
    ['Key West, Fla., February 21, 1882.', 'Key West, Fla.', '1882-02-21', 'February 21, 1882'],
    ['U.S.S. George Washington, March 5, 1919.', 'U.S.S. George Washington', '1919-03-05', 'March 5, 1919'],
    ['Legation of the United States, Berlin, October 9, 1882. (Received October 25.)', 'Legation of the United States, Berlin', '1882-10-09', 'October 9, 1882'],
    ['Washington, January 3, 1924 [1925].', 'Washington', '1925-01-03', 'January 3, 1924 [1925]'],
    ['Peking, October 27 [26], 1917, 6 p.m.', 'Peking', '1917-10-26T18:00', 'October 27 [26], 1917, 6 p.m.'],
    ['Tokyo, March 3[5?], 1927—4 p.m.', 'Tokyo', '1927-03-05T16:00', 'March 3[5?], 1927—4 p.m.'],
    ['Copenhagen, December 25 [and 26], 1917, 4 p.m.', 'Copenhagen', '1917-12-25T16:00', 'December 25 [and 26], 1917, 4 p.m.'],
    ['Geneva [, October 20, 1934.]', 'Geneva', '1934-10-20', 'October 20, 1934'],
    ['October 24?, 1917', null, '1917-10-24', 'October 24?, 1917'],
    ['[Washington,] March 1934.', 'Washington', '1934-03', 'March 1934'],
    ['Washington, 28 January, 1918.', 'Washington', '1918-01-28', '28 January, 1918'],
    ['Paris, Quai d’Orsay, January 12, 1919, 4 p.m.', 'Paris, Quai d’Orsay', '1919-01-12T16:00', 'January 12, 1919, 4 p.m.'],
    ['Paris, Monday, January 13, 1919, 10.30 a.m.', 'Paris', '1919-01-13T10:30', 'January 13, 1919, 10.30 a.m.'],
  ])('reads the kinds of dateline other volumes print: %s', (line, place, date, dateText) => {
    expect(parseDateline(line)).toEqual({ place, date, dateText });
  });

  test('keeps an honest "undated" with its place', () => {
    expect(parseDateline('Washington, undated.')).toEqual({ place: 'Washington', date: null, dateText: 'undated' });
    expect(parseDateline('Buenos Aires [undated].')).toEqual({ place: 'Buenos Aires', date: null, dateText: '[undated]' });
    expect(parseDateline('[Washington, undated.]')).toEqual({ place: 'Washington', date: null, dateText: 'undated' });
  });

  test('gives the month alone when the day is not printed', () => {
    expect(parseDateline('March, 1934')?.date).toBe('1934-03');
  });

  test('invents no day that does not exist', () => {
    expect(parseDateline('Moscow, February 30, 1938')?.date).toBeNull();
  });

  test.each([
    'The Ambassador stated that on December 21, 1937 he had seen Molotov.',
    'I said that the President would appreciate receiving his views on the subject.',
    'Reference to my telegram No. 5, January 8, 7 p.m.',
    'Repeated to London, March 5, 1934.',
  ])('is not fooled by prose: %s', (line) => {
    expect(parseDateline(line)).toBeNull();
  });
});

describe('parseClock', () => {
  test.each([
    ['2 p.m.', '14:00'],
    ['11:40 a.m.', '11:40'],
    ['8.48 a.m.', '08:48'],
    ['12 a.m.', '00:00'],
    ['noon', '12:00'],
    ['midnight', '00:00'],
    ['[9:17 p.m.]', '21:17'],
  ])('%s → %s', (text, clock) => {
    expect(parseClock(text)).toBe(clock);
  });

  test('is null without a.m. or p.m.', () => {
    expect(parseClock('4')).toBeNull();
  });
});
