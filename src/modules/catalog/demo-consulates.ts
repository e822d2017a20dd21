/**
 * Demo consular offices: different countries and time zones, including zones without daylight saving
 * (Dubai, Tokyo, Istanbul), so schedules and dates are exercised the way real offices use them.
 * Addresses and numbers are fictitious.
 */
export const PAYMENT_METHODS = ['card', 'cash', 'cash_machine', 'transfer', 'money_order'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export type ConsulateSeed = {
  code: string;
  nameFa: string;
  nameEn: string;
  cityFa: string;
  cityEn: string;
  country: string;
  countriesServed: string[];
  timeZone: string;
  currency: string;
  /** Units of `currency` per euro (a decimal string) and the step fees are rounded to. */
  eurRate: string;
  feeRounding: string;
  paymentMethods: PaymentMethod[];
  addressFa: string;
  addressEn: string;
  phone: string;
  email: string;
  hoursFa: string;
  hoursEn: string;
};

export const DEMO_CONSULATES: ConsulateSeed[] = [
  {
    code: 'london',
    nameFa: 'بخش کنسولی سفارت — لندن',
    nameEn: 'Consular section of the Embassy — London',
    cityFa: 'لندن',
    cityEn: 'London',
    country: 'GB',
    countriesServed: ['GB', 'IE'],
    timeZone: 'Europe/London',
    currency: 'GBP',
    eurRate: '0.86',
    feeRounding: '1',
    paymentMethods: ['card', 'transfer'],
    addressFa: '۱۰ خیابان نمونه، لندن SW7 0XX، بریتانیا',
    addressEn: '10 Example Road, London SW7 0XX, United Kingdom',
    phone: '+44 20 7946 0000',
    email: 'london@consulate.example',
    hoursFa: 'دوشنبه تا جمعه، ۹ تا ۱۳',
    hoursEn: 'Monday to Friday, 9:00–13:00',
  },
  {
    code: 'berlin',
    nameFa: 'بخش کنسولی سفارت — برلین',
    nameEn: 'Consular section of the Embassy — Berlin',
    cityFa: 'برلین',
    cityEn: 'Berlin',
    country: 'DE',
    countriesServed: ['DE', 'AT', 'CH'],
    timeZone: 'Europe/Berlin',
    currency: 'EUR',
    eurRate: '1',
    feeRounding: '1',
    paymentMethods: ['card'],
    addressFa: 'خیابان نمونه ۱۲، ۱۰۱۱۵ برلین، آلمان',
    addressEn: 'Beispielstraße 12, 10115 Berlin, Germany',
    phone: '+49 30 1234 5600',
    email: 'berlin@consulate.example',
    hoursFa: 'دوشنبه تا پنجشنبه، ۸:۳۰ تا ۱۲:۳۰',
    hoursEn: 'Monday to Thursday, 8:30–12:30',
  },
  {
    code: 'paris',
    nameFa: 'بخش کنسولی سفارت — پاریس',
    nameEn: 'Consular section of the Embassy — Paris',
    cityFa: 'پاریس',
    cityEn: 'Paris',
    country: 'FR',
    countriesServed: ['FR', 'BE', 'LU'],
    timeZone: 'Europe/Paris',
    currency: 'EUR',
    eurRate: '1',
    feeRounding: '1',
    paymentMethods: ['cash_machine'],
    addressFa: '۵ خیابان نمونه، ۷۵۰۱۶ پاریس، فرانسه',
    addressEn: '5 rue d’Exemple, 75016 Paris, France',
    phone: '+33 1 45 00 00 00',
    email: 'paris@consulate.example',
    hoursFa: 'دوشنبه تا جمعه، ۹ تا ۱۲',
    hoursEn: 'Monday to Friday, 9:00–12:00',
  },
  {
    code: 'toronto',
    nameFa: 'دفتر حافظ منافع — تورنتو',
    nameEn: 'Interests section — Toronto',
    cityFa: 'تورنتو',
    cityEn: 'Toronto',
    country: 'CA',
    countriesServed: ['CA'],
    timeZone: 'America/Toronto',
    currency: 'CAD',
    eurRate: '1.5',
    feeRounding: '1',
    paymentMethods: ['card', 'money_order'],
    addressFa: '۱۰۰ خیابان نمونه، تورنتو، انتاریو M5V 0A0، کانادا',
    addressEn: '100 Example Street, Toronto, ON M5V 0A0, Canada',
    phone: '+1 416 555 0100',
    email: 'toronto@consulate.example',
    hoursFa: 'دوشنبه تا جمعه، ۹ تا ۱۴',
    hoursEn: 'Monday to Friday, 9:00–14:00',
  },
  {
    code: 'dubai',
    nameFa: 'سرکنسولگری — دبی',
    nameEn: 'Consulate General — Dubai',
    cityFa: 'دبی',
    cityEn: 'Dubai',
    country: 'AE',
    countriesServed: ['AE', 'OM'],
    timeZone: 'Asia/Dubai',
    currency: 'AED',
    eurRate: '4',
    feeRounding: '5',
    paymentMethods: ['card', 'cash'],
    addressFa: 'خیابان نمونه، منطقهٔ ۳، دبی، امارات متحدهٔ عربی',
    addressEn: 'Example Street, District 3, Dubai, United Arab Emirates',
    phone: '+971 4 555 0100',
    email: 'dubai@consulate.example',
    hoursFa: 'شنبه تا پنجشنبه، ۸ تا ۱۴',
    hoursEn: 'Saturday to Thursday, 8:00–14:00',
  },
  {
    code: 'istanbul',
    nameFa: 'سرکنسولگری — استانبول',
    nameEn: 'Consulate General — Istanbul',
    cityFa: 'استانبول',
    cityEn: 'Istanbul',
    country: 'TR',
    countriesServed: ['TR'],
    timeZone: 'Europe/Istanbul',
    currency: 'TRY',
    eurRate: '45',
    feeRounding: '10',
    paymentMethods: ['cash', 'transfer'],
    addressFa: 'خیابان نمونه ۸، بی‌اوغلو، استانبول، ترکیه',
    addressEn: 'Örnek Caddesi 8, Beyoğlu, Istanbul, Türkiye',
    phone: '+90 212 555 0100',
    email: 'istanbul@consulate.example',
    hoursFa: 'دوشنبه تا جمعه، ۹ تا ۱۳',
    hoursEn: 'Monday to Friday, 9:00–13:00',
  },
  {
    code: 'tokyo',
    nameFa: 'بخش کنسولی سفارت — توکیو',
    nameEn: 'Consular section of the Embassy — Tokyo',
    cityFa: 'توکیو',
    cityEn: 'Tokyo',
    country: 'JP',
    countriesServed: ['JP', 'KR'],
    timeZone: 'Asia/Tokyo',
    currency: 'JPY',
    eurRate: '165',
    feeRounding: '100',
    paymentMethods: ['cash', 'transfer'],
    addressFa: '۳-۱ نمونه، میناتو، توکیو، ژاپن',
    addressEn: '3-1 Example, Minato-ku, Tokyo, Japan',
    phone: '+81 3 5555 0100',
    email: 'tokyo@consulate.example',
    hoursFa: 'دوشنبه تا جمعه، ۹:۳۰ تا ۱۲:۳۰',
    hoursEn: 'Monday to Friday, 9:30–12:30',
  },
];
