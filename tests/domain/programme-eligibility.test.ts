import { isCalendarDate, shanghaiDate, wholeMonthsBetween } from '../../src/domain/programme/calendar-date';
import { unmetEligibilityRule, type FirmProfile } from '../../src/domain/programme/eligibility';
import { windowProblem, type EligibilityRules } from '../../src/domain/programme/terms';

const anyFirm: EligibilityRules = { industries: [], townships: [], parks: [], minAgeMonths: 0 };
const firm: FirmProfile = { industry: 'I65', township: '穿紫河街道', park: '武陵移动互联网产业园', registeredAt: '2025-09-14T16:30:00.000Z' };

describe('calendar dates (Asia/Shanghai)', () => {
  it('gives the Shanghai date of a UTC instant', () => {
    expect(shanghaiDate('2026-03-01T15:59:59.999Z')).toBe('2026-03-01');
    expect(shanghaiDate('2026-03-01T16:00:00.000Z')).toBe('2026-03-02');
  });

  it('knows a real date from one that does not exist', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('2026-1-01')).toBe(false);
  });

  it('counts whole months', () => {
    expect(wholeMonthsBetween('2026-01-31', '2026-02-28')).toBe(0);
    expect(wholeMonthsBetween('2026-01-31', '2026-03-01')).toBe(1);
    expect(wholeMonthsBetween('2025-09-15', '2026-03-15')).toBe(6);
    expect(wholeMonthsBetween('2025-09-15', '2026-03-14')).toBe(5);
  });
});

describe('the application window', () => {
  const window = { opensOn: '2026-03-01', closesOn: '2026-03-31' };

  it('is open from the first day to the last, both included, by the Shanghai calendar', () => {
    expect(windowProblem(window, '2026-02-28T15:59:59.000Z')).toBe('window-not-yet-open');
    expect(windowProblem(window, '2026-02-28T16:00:00.000Z')).toBeUndefined();
    expect(windowProblem(window, '2026-03-31T15:59:59.000Z')).toBeUndefined();
    expect(windowProblem(window, '2026-03-31T16:00:00.000Z')).toBe('window-closed');
  });
});

describe('eligibility rules', () => {
  const now = '2026-03-15T02:00:00.000Z';

  it('admits every firm when the rules list nothing', () => {
    expect(unmetEligibilityRule(anyFirm, firm, now)).toBeUndefined();
  });

  it('names the first rule a firm does not meet', () => {
    expect(unmetEligibilityRule({ ...anyFirm, industries: ['C13', 'I65'] }, firm, now)).toBeUndefined();
    expect(unmetEligibilityRule({ ...anyFirm, industries: ['C13'] }, firm, now)).toBe('industry');
    expect(unmetEligibilityRule({ ...anyFirm, townships: ['启明街道'] }, firm, now)).toBe('township');
    expect(unmetEligibilityRule({ ...anyFirm, parks: ['武陵商贸物流园'] }, firm, now)).toBe('park');
    expect(unmetEligibilityRule({ ...anyFirm, parks: ['武陵移动互联网产业园'] }, { ...firm, park: null }, now)).toBe('park');
  });

  it('measures the firm age in whole months between Shanghai dates', () => {
    // Registered 2025-09-15 in Shanghai: six whole months on 2026-03-15, not on the 14th.
    expect(unmetEligibilityRule({ ...anyFirm, minAgeMonths: 6 }, firm, now)).toBeUndefined();
    expect(unmetEligibilityRule({ ...anyFirm, minAgeMonths: 6 }, firm, '2026-03-14T02:00:00.000Z')).toBe('firm-age');
  });
});
