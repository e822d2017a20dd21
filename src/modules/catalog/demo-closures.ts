import * as jalaali from 'jalaali-js';

/**
 * Demo closures: the host country's public holidays that fall on a fixed Gregorian date, and Iran's official
 * holidays that fall on a fixed Jalali date. Holidays that move every year (Easter, the lunar Islamic holidays,
 * bank holidays on "the last Monday") are left to the admin screen: a wrong date is worse than a missing one.
 */
export type DemoHoliday = {
  kind: 'host_holiday' | 'iran_holiday';
  nameFa: string;
  nameEn: string;
};

type Fixed = DemoHoliday & { month: number; day: number };

const host = (month: number, day: number, nameFa: string, nameEn: string): Fixed => ({
  kind: 'host_holiday',
  month,
  day,
  nameFa,
  nameEn,
});

const NEW_YEAR = host(1, 1, 'آغاز سال نو میلادی', 'New Year’s Day');
const CHRISTMAS = host(12, 25, 'کریسمس', 'Christmas Day');

/** By host country (ISO 3166-1 alpha-2), Gregorian month and day. */
const HOST_HOLIDAYS: Record<string, Fixed[]> = {
  GB: [NEW_YEAR, CHRISTMAS, host(12, 26, 'روز پس از کریسمس', 'Boxing Day')],
  DE: [
    NEW_YEAR,
    host(5, 1, 'روز کارگر', 'Labour Day'),
    host(10, 3, 'روز وحدت آلمان', 'German Unity Day'),
    CHRISTMAS,
    host(12, 26, 'دومین روز کریسمس', 'Second Day of Christmas'),
  ],
  FR: [
    NEW_YEAR,
    host(5, 1, 'روز کارگر', 'Labour Day'),
    host(5, 8, 'روز پیروزی ۱۹۴۵', 'Victory in Europe Day'),
    host(7, 14, 'روز ملی فرانسه', 'Bastille Day'),
    host(8, 15, 'عید عروج مریم', 'Assumption Day'),
    host(11, 1, 'روز همهٔ قدیسان', 'All Saints’ Day'),
    host(11, 11, 'روز آتش‌بس ۱۹۱۸', 'Armistice Day'),
    CHRISTMAS,
  ],
  CA: [
    NEW_YEAR,
    host(7, 1, 'روز کانادا', 'Canada Day'),
    CHRISTMAS,
    host(12, 26, 'روز پس از کریسمس', 'Boxing Day'),
  ],
  AE: [
    NEW_YEAR,
    host(12, 2, 'روز ملی امارات', 'UAE National Day'),
    host(12, 3, 'روز ملی امارات (روز دوم)', 'UAE National Day (second day)'),
  ],
  TR: [
    NEW_YEAR,
    host(4, 23, 'روز حاکمیت ملی و کودکان', 'National Sovereignty and Children’s Day'),
    host(5, 1, 'روز کارگر', 'Labour Day'),
    host(5, 19, 'روز بزرگداشت آتاتورک، جوانان و ورزش', 'Atatürk Commemoration, Youth and Sports Day'),
    host(7, 15, 'روز دموکراسی و وحدت ملی', 'Democracy and National Unity Day'),
    host(8, 30, 'روز پیروزی', 'Victory Day'),
    host(10, 29, 'روز جمهوری', 'Republic Day'),
  ],
  JP: [
    NEW_YEAR,
    host(2, 11, 'روز بنیان‌گذاری ملی', 'National Foundation Day'),
    host(2, 23, 'زادروز امپراتور', 'The Emperor’s Birthday'),
    host(4, 29, 'روز شووا', 'Shōwa Day'),
    host(5, 3, 'روز قانون اساسی', 'Constitution Memorial Day'),
    host(5, 4, 'روز سبزی', 'Greenery Day'),
    host(5, 5, 'روز کودکان', 'Children’s Day'),
    host(11, 3, 'روز فرهنگ', 'Culture Day'),
    host(11, 23, 'روز قدردانی از کار', 'Labour Thanksgiving Day'),
  ],
};

const iran = (month: number, day: number, nameFa: string, nameEn: string): Fixed => ({
  kind: 'iran_holiday',
  month,
  day,
  nameFa,
  nameEn,
});

/** Iran's official holidays on fixed Jalali dates (month, day). */
const IRAN_HOLIDAYS: Fixed[] = [
  iran(1, 1, 'عید نوروز', 'Nowruz'),
  iran(1, 2, 'عید نوروز', 'Nowruz'),
  iran(1, 3, 'عید نوروز', 'Nowruz'),
  iran(1, 4, 'عید نوروز', 'Nowruz'),
  iran(1, 12, 'روز جمهوری اسلامی', 'Islamic Republic Day'),
  iran(1, 13, 'روز طبیعت', 'Nature Day (Sizdah Bedar)'),
  iran(3, 14, 'رحلت امام خمینی', 'Anniversary of Imam Khomeini’s death'),
  iran(3, 15, 'قیام ۱۵ خرداد', 'Uprising of 15 Khordad'),
  iran(11, 22, 'پیروزی انقلاب اسلامی', 'Victory of the Islamic Revolution'),
  iran(12, 29, 'روز ملی شدن صنعت نفت', 'Nationalisation of the oil industry'),
];

const DAY = 24 * 3600_000;
const iso = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/**
 * The holidays of a host country and of Iran from `from` (a YYYY-MM-DD day) for `days` days, by day. Where both
 * fall on the same day the host country's comes first: one closure per day, and the office is closed either way.
 */
export function holidaysBetween(
  country: string,
  from: string,
  days: number,
): (DemoHoliday & { day: string })[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  const out: (DemoHoliday & { day: string })[] = [];
  const seen = new Set<string>();
  const own = HOST_HOLIDAYS[country] ?? [];
  for (let i = 0; i < days; i++) {
    const date = new Date(start + i * DAY);
    const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    const j = jalaali.toJalaali(y, m, d);
    const day = iso(y, m, d);
    const found = [
      ...own.filter((h) => h.month === m && h.day === d),
      ...IRAN_HOLIDAYS.filter((h) => h.month === j.jm && h.day === j.jd),
    ];
    const first = found[0];
    if (first && !seen.has(day)) {
      seen.add(day);
      out.push({ kind: first.kind, nameFa: first.nameFa, nameEn: first.nameEn, day });
    }
  }
  return out;
}
