import { type DateOnly, gregorianToJalali, isoDate } from '../../platform/i18n/dates.ts';
import { ageOn, isMinorOn, todayUtc } from './age.ts';
import { makeNationalCode } from './national-code.ts';
import type { RegistryRecord } from './registry.ts';

/**
 * The demo civil registry: invented people, some in families (parents, a grandparent, children under 18), so the
 * accounts module can show sign-up, a parent applying for a child, a discrepancy and a refused deceased record.
 *
 * Every demo national code is `000` + the birth date as YYMMDD + the check digit. The registry issues no code with
 * the prefix 000, so no demo code can be a real person's, and the birth date makes a demo code easy to find again.
 * Birth certificate numbers equal the national code for people born from 1990 (as the registry has done since
 * about then); older people have the short numbers of their time.
 */

type Demo = {
  first: string;
  last: string;
  father: string;
  /** Gregorian, ISO. */
  born: string;
  place: string;
  sex: 'male' | 'female';
  latin: string;
  /** Only for people born before 1990; later ones carry their national code. */
  cert?: string;
  deceased?: true;
  /** Another spelling people type that must match, for the README. */
  alsoMatches?: string;
};

const Z = '\u200c'; // zero-width non-joiner, part of standard Persian spelling

// biome-ignore format: one person per line reads as a table
const DEMO: readonly Demo[] = [
  // The Karimi family, Tehran: two parents, two children under 18.
  { first: 'حمید', last: 'کریمی', father: 'اکبر', born: '1978-06-14', place: 'تهران', sex: 'male', latin: 'Hamid Karimi', cert: '2417' },
  { first: 'مریم', last: 'احمدی', father: 'رضا', born: '1982-09-23', place: 'تهران', sex: 'female', latin: 'Maryam Ahmadi', cert: '1063' },
  { first: 'کیمیا', last: 'کریمی', father: 'حمید', born: '2012-03-05', place: 'تهران', sex: 'female', latin: 'Kimia Karimi', alsoMatches: 'كيميا (Arabic keyboard)' },
  { first: 'آرین', last: 'کریمی', father: 'حمید', born: '2016-11-30', place: 'کرج', sex: 'male', latin: 'Arian Karimi', alsoMatches: 'ارین' },
  // The Mousavi family, Mashhad.
  { first: 'سیدمهدی', last: 'موسوی', father: 'سید جواد', born: '1985-01-27', place: 'مشهد', sex: 'male', latin: 'Seyed Mehdi Mousavi', cert: '985', alsoMatches: 'سید مهدی; father سیدجواد' },
  { first: 'زهرا', last: 'حسینی', father: 'علی', born: '1988-07-08', place: 'مشهد', sex: 'female', latin: 'Zahra Hosseini', cert: '3342' },
  { first: 'سیدطاها', last: 'موسوی', father: 'سیدمهدی', born: '2015-05-19', place: 'مشهد', sex: 'male', latin: 'Seyed Taha Mousavi', alsoMatches: 'سید طاها' },
  { first: `نازنین${Z}زهرا`, last: 'موسوی', father: 'سیدمهدی', born: '2019-02-11', place: 'مشهد', sex: 'female', latin: 'Nazanin-Zahra Mousavi', alsoMatches: 'نازنین زهرا' },
  // The Niknam family, Shiraz: a grandfather (deceased), his son, the son's wife and their two children.
  { first: 'پرویز', last: `نیک${Z}نام`, father: 'عباس', born: '1950-04-02', place: 'شیراز', sex: 'male', latin: 'Parviz Niknam', cert: '112', deceased: true },
  { first: 'بهروز', last: `نیک${Z}نام`, father: 'پرویز', born: '1970-08-21', place: 'شیراز', sex: 'male', latin: 'Behrouz Niknam', cert: '4528', alsoMatches: 'نیک نام / نیکنام' },
  { first: 'شیرین', last: 'یزدانی', father: 'منوچهر', born: '1973-12-09', place: 'یزد', sex: 'female', latin: 'Shirin Yazdani', cert: '76' },
  { first: 'یاسمن', last: `نیک${Z}نام`, father: 'بهروز', born: '1998-10-17', place: 'شیراز', sex: 'female', latin: 'Yasaman Niknam', alsoMatches: 'ياسمن (Arabic keyboard)' },
  { first: 'نیما', last: `نیک${Z}نام`, father: 'بهروز', born: '2010-06-25', place: 'شیراز', sex: 'male', latin: 'Nima Niknam' },
  // The Rezaei family, Isfahan: a father and two grown children.
  { first: 'محمدعلی', last: 'رضایی', father: 'غلامرضا', born: '1965-03-15', place: 'اصفهان', sex: 'male', latin: 'Mohammad-Ali Rezaei', cert: '1529', alsoMatches: 'محمد علی; رضائی' },
  { first: `علی${Z}اکبر`, last: 'رضایی', father: 'محمدعلی', born: '1991-09-01', place: 'اصفهان', sex: 'male', latin: 'Ali-Akbar Rezaei', alsoMatches: 'علی اکبر / علیاکبر' },
  { first: 'مائده', last: 'رضایی', father: 'محمدعلی', born: '1995-04-28', place: 'اصفهان', sex: 'female', latin: 'Maedeh Rezaei', alsoMatches: 'مایده' },
  { first: 'فاطمه', last: 'طباطبایی', father: 'سید محمود', born: '1953-02-16', place: 'قم', sex: 'female', latin: 'Fatemeh Tabatabaei', cert: '318', deceased: true, alsoMatches: 'طباطبائی' },
  { first: 'عبدالله', last: 'جعفری', father: 'یوسف', born: '1968-05-30', place: 'تبریز', sex: 'male', latin: 'Abdollah Jafari', cert: '2873', alsoMatches: 'عبد الله' },
  { first: 'رؤیا', last: 'صادقی', father: 'حسن', born: '1987-11-11', place: 'تبریز', sex: 'female', latin: 'Roya Sadeghi', cert: '5610', alsoMatches: 'رویا' },
  { first: 'امیرحسین', last: 'قاسمی', father: 'مجید', born: '2001-01-09', place: 'تهران', sex: 'male', latin: 'Amir-Hossein Ghasemi', alsoMatches: 'امیر حسین' },
  { first: 'الهام', last: 'کاظمی', father: 'محمود', born: '1983-03-21', place: 'رشت', sex: 'female', latin: 'Elham Kazemi', cert: '27' },
  { first: 'مصطفی', last: 'نوری', father: 'ابراهیم', born: '1976-07-07', place: 'اهواز', sex: 'male', latin: 'Mostafa Nouri', cert: '3901', alsoMatches: 'مصطفى (Arabic keyboard)' },
  { first: 'پریسا', last: 'سلطانی', father: 'داریوش', born: '1992-12-24', place: 'کرمانشاه', sex: 'female', latin: 'Parisa Soltani' },
  { first: 'آرش', last: 'فراهانی', father: 'کوروش', born: '1989-08-13', place: 'اراک', sex: 'male', latin: 'Arash Farahani', cert: '6604' },
  { first: 'مهسا', last: `حسین${Z}زاده`, father: 'یعقوب', born: '1999-05-05', place: 'ارومیه', sex: 'female', latin: 'Mahsa Hosseinzadeh', alsoMatches: 'حسین زاده' },
  { first: 'ابوالفضل', last: 'میرزایی', father: 'قربانعلی', born: '1994-02-03', place: 'همدان', sex: 'male', latin: 'Abolfazl Mirzaei' },
  { first: 'نرگس', last: 'آقایی', father: 'عباس', born: '1979-10-04', place: 'قزوین', sex: 'female', latin: 'Narges Aghaei', cert: '1875', alsoMatches: 'اقائی' },
  { first: 'بابک', last: 'اصفهانی', father: 'فریدون', born: '1962-06-18', place: 'اصفهان', sex: 'male', latin: 'Babak Esfahani', cert: '905' },
  { first: 'سارا', last: 'تهرانی', father: 'جمشید', born: '2003-07-29', place: 'تهران', sex: 'female', latin: 'Sara Tehrani' },
  { first: 'رضا', last: 'محمدی', father: 'حسین', born: '1958-12-01', place: 'کرمان', sex: 'male', latin: 'Reza Mohammadi', cert: '47' },
  { first: 'هانیه', last: 'مرادی', father: 'کاظم', born: '2005-03-17', place: 'سنندج', sex: 'female', latin: 'Haniyeh Moradi' },
  { first: 'فرهاد', last: 'کرمانی', father: 'ناصر', born: '1972-01-22', place: 'کرمان', sex: 'male', latin: 'Farhad Kermani', cert: '2236' },
  { first: 'ریحانه', last: 'عبداللهی', father: 'عبدالرضا', born: '2007-09-09', place: 'قم', sex: 'female', latin: 'Reyhaneh Abdollahi' },
  { first: 'کوروش', last: 'زارع', father: 'بهمن', born: '1956-08-08', place: 'یزد', sex: 'male', latin: 'Kourosh Zare', cert: '134' },
  { first: 'ستاره', last: 'شیرازی', father: 'کامران', born: '1996-06-06', place: 'شیراز', sex: 'female', latin: 'Setareh Shirazi' },
  { first: 'سینا', last: 'رحیمی', father: 'اسماعیل', born: '2000-10-31', place: 'ساری', sex: 'male', latin: 'Sina Rahimi' },
  { first: 'سمانه', last: `کریم${Z}خانی`, father: 'رحمان', born: '1986-04-14', place: 'بندرعباس', sex: 'female', latin: 'Samaneh Karimkhani', cert: '8812', alsoMatches: 'کریمخانی' },
  { first: 'غلامرضا', last: 'صفری', father: 'حسینعلی', born: '1960-11-26', place: 'زاهدان', sex: 'male', latin: 'Gholamreza Safari', cert: '613' },
  // Shirin Yazdani's brother, born on a leap day, and his daughter.
  { first: 'فرشید', last: 'یزدانی', father: 'منوچهر', born: '1980-02-29', place: 'یزد', sex: 'male', latin: 'Farshid Yazdani', cert: '1402' },
  { first: 'ملیکا', last: 'یزدانی', father: 'فرشید', born: '2013-08-02', place: 'یزد', sex: 'female', latin: 'Melika Yazdani' },
  { first: 'پارسا', last: 'جلالی', father: 'کیوان', born: '2004-12-12', place: 'تهران', sex: 'male', latin: 'Parsa Jalali' },
  { first: 'عاطفه', last: 'اسدی', father: 'محسن', born: '1993-01-18', place: 'مشهد', sex: 'female', latin: 'Atefeh Asadi' },
  { first: 'محمدحسین', last: 'بهرامی', father: 'علیرضا', born: '1981-05-25', place: 'تهران', sex: 'male', latin: 'Mohammad-Hossein Bahrami', cert: '3077', alsoMatches: 'محمد حسین' },
  { first: 'آیدا', last: 'فروتن', father: 'سعید', born: '1997-03-03', place: 'رشت', sex: 'female', latin: 'Aida Forootan', alsoMatches: 'ایدا' },
  { first: 'یوسف', last: 'عباسی', father: 'محمدرضا', born: '1990-07-15', place: 'اهواز', sex: 'male', latin: 'Yousef Abbasi' },
  { first: 'شهلا', last: 'کیانی', father: `نعمت${Z}الله`, born: '1955-09-27', place: 'همدان', sex: 'female', latin: 'Shahla Kiani', cert: '59', alsoMatches: 'father نعمت الله' },
  { first: 'طاها', last: 'حیدری', father: 'مهدی', born: '2008-02-20', place: 'تبریز', sex: 'male', latin: 'Taha Heydari' },
];

function parseIso(iso: string): DateOnly {
  const [year, month, day] = iso.split('-').map(Number);
  return { year: year!, month: month!, day: day! };
}

function demoCode(born: string): string {
  return makeNationalCode(`000${born.slice(2, 4)}${born.slice(5, 7)}${born.slice(8, 10)}`);
}

function toRecord(d: Demo): RegistryRecord {
  const nationalCode = demoCode(d.born);
  const birthDate = parseIso(d.born);
  const cert = d.cert ?? (birthDate.year >= 1990 ? nationalCode : undefined);
  if (cert === undefined) throw new Error(`demo person born ${d.born} needs a birth certificate number`);
  return {
    nationalCode,
    firstName: d.first,
    lastName: d.last,
    fatherName: d.father,
    birthDate,
    birthPlace: d.place,
    sex: d.sex,
    birthCertificateNumber: cert,
    alive: !d.deceased,
  };
}

export const DEMO_PEOPLE: readonly RegistryRecord[] = Object.freeze(DEMO.map(toRecord));

/** Each demo person's name in Latin letters, by national code (kept out of RegistryRecord: the registry has none). */
export const DEMO_LATIN_NAMES: ReadonlyMap<string, { latinName: string }> = new Map(
  DEMO.map((d) => [demoCode(d.born), { latinName: d.latin }]),
);

export type DemoPersonRow = {
  nationalCode: string;
  /** Full name in Persian script. */
  name: string;
  latinName: string;
  father: string;
  /** Gregorian, ISO `YYYY-MM-DD`. */
  birthDate: string;
  /** Jalali `YYYY/MM/DD`, Latin digits. */
  birthDateJalali: string;
  sex: 'male' | 'female';
  birthCertificateNumber: string;
  deceased: boolean;
  minor: boolean;
  note: string;
};

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The README's "try it" table; who is a minor depends on the day it is computed for. */
export function demoPeopleTable(on: DateOnly = todayUtc()): DemoPersonRow[] {
  return DEMO.map((d) => {
    const r = toRecord(d);
    const j = gregorianToJalali(r.birthDate);
    const minor = isMinorOn(r.birthDate, on);
    const note = [
      d.deceased ? 'deceased: identity check refused' : '',
      minor ? `minor (${ageOn(r.birthDate, on)}): a parent applies` : '',
      d.alsoMatches ? `also matches ${d.alsoMatches}` : '',
    ]
      .filter(Boolean)
      .join('; ');
    return {
      nationalCode: r.nationalCode,
      name: `${r.firstName} ${r.lastName}`,
      latinName: d.latin,
      father: r.fatherName,
      birthDate: isoDate(r.birthDate),
      birthDateJalali: `${j.year}/${pad(j.month)}/${pad(j.day)}`,
      sex: r.sex,
      birthCertificateNumber: r.birthCertificateNumber,
      deceased: !r.alive,
      minor,
      note,
    };
  });
}

/** The same table as Markdown, ready to paste. */
export function demoPeopleMarkdown(on: DateOnly = todayUtc()): string {
  const head =
    '| national code | name | in Latin letters | father | born | born (Jalali) | sex | certificate no. | note |\n' +
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |';
  const rows = demoPeopleTable(on).map(
    (p) =>
      `| ${p.nationalCode} | ${p.name} | ${p.latinName} | ${p.father} | ${p.birthDate} | ${p.birthDateJalali} | ${p.sex} | ${p.birthCertificateNumber} | ${p.note} |`,
  );
  return [head, ...rows].join('\n');
}
