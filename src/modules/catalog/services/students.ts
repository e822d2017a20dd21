import { defineService } from '../definition.ts';

/**
 * Student affairs (امور دانشجویی), research §1 and §8: the student file every other student service needs, and the
 * confirmation of academic certificates (used, among other things, to buy student currency in Iran). Both are
 * reviewed and confirmed online; nothing is collected.
 */

const level = {
  id: 'level',
  type: 'choice' as const,
  label: { fa: 'مقطع تحصیلی', en: 'Level of study' },
  options: [
    { value: 'bachelor', label: { fa: 'کارشناسی', en: "Bachelor's" } },
    { value: 'master', label: { fa: 'کارشناسی ارشد', en: "Master's" } },
    { value: 'doctorate', label: { fa: 'دکتری', en: 'Doctorate' } },
    {
      value: 'other',
      label: { fa: 'دورهٔ دیگر', en: 'Another course' },
      hint: { fa: 'برای نمونه دورهٔ زبان یا پیش‌دانشگاهی', en: 'For example a language or foundation course' },
    },
  ],
};

export const studentFile = defineService({
  id: 'student-file',
  group: 'students',
  name: { fa: 'تشکیل پروندهٔ تحصیلی', en: 'Open your student file' },
  summary: {
    fa: 'پروندهٔ تحصیلی خود را یک بار تشکیل دهید. پس از تأیید آن می‌توانید از خدمات دانشجویی، مانند تأیید گواهی اشتغال به تحصیل و اجازهٔ خروج دانشجویی، استفاده کنید.',
    en: 'Set up your student file once. When it is approved you can use the student services, such as confirming your enrollment certificate or the student exit permit.',
  },
  keywords: [
    { fa: 'پرونده دانشجویی', en: 'student record' },
    { fa: 'ثبت نام دانشجو', en: 'student registration' },
    { fa: 'دانشجوی خارج از کشور', en: 'studying abroad' },
    { fa: 'امور دانشجویان', en: 'student affairs' },
  ],
  applicants: ['self'],
  prepare: [
    {
      fa: 'گواهی اشتغال به تحصیل یا مدرک تحصیلی فعلی که نام دانشگاه، مقطع، تاریخ شروع و رشته در آن آمده باشد.',
      en: 'Your enrollment certificate or current degree, naming the university, level, start date and subject.',
    },
  ],
  pages: [
    {
      id: 'university',
      title: { fa: 'دانشگاه', en: 'Your university' },
      fields: [
        { id: 'university', type: 'text', label: { fa: 'نام دانشگاه', en: 'University' } },
        { id: 'universityCountry', type: 'country', label: { fa: 'کشور', en: 'Country' } },
      ],
    },
    {
      id: 'course',
      title: { fa: 'رشته و مقطع', en: 'Your course' },
      fields: [
        {
          id: 'fieldOfStudy',
          type: 'text',
          label: { fa: 'رشتهٔ تحصیلی', en: 'Subject' },
          hint: { fa: 'برای نمونه: مهندسی برق', en: 'For example: electrical engineering' },
        },
        level,
      ],
    },
    {
      id: 'dates',
      title: { fa: 'دورهٔ تحصیل', en: 'Dates of your course' },
      fields: [
        { id: 'startDate', type: 'date', when: 'past', label: { fa: 'تاریخ شروع', en: 'Start date' } },
        {
          id: 'expectedEndDate',
          type: 'date',
          when: 'future',
          label: { fa: 'تاریخ پیش‌بینی‌شدهٔ پایان', en: 'Expected end date' },
        },
      ],
    },
    {
      id: 'military',
      title: { fa: 'خدمت وظیفهٔ عمومی', en: 'Military service' },
      fields: [
        {
          id: 'militaryService',
          type: 'choice',
          label: { fa: 'وضعیت خدمت وظیفهٔ عمومی', en: 'Your military service status' },
          options: [
            { value: 'completed', label: { fa: 'کارت پایان خدمت دارم', en: 'I have completed it' } },
            { value: 'exempt', label: { fa: 'کارت معافیت دارم', en: 'I am exempt' } },
            {
              value: 'letter',
              label: {
                fa: 'نامهٔ سازمان وظیفهٔ عمومی دارم',
                en: 'I have a letter from the conscription office',
              },
              hint: { fa: 'برای نمونه معافیت تحصیلی', en: 'For example a study deferral' },
            },
            {
              value: 'not-applicable',
              label: { fa: 'مشمول نیستم (بانوان)', en: 'It does not apply (women)' },
            },
          ],
        },
      ],
    },
  ],
  documents: {
    profile: [
      'passport_bio',
      'passport_exit_stamp',
      'residence_permit',
      'national_card_front',
      'national_card_back',
      'photo',
    ],
    request: [
      {
        kind: 'last_degree',
        label: { fa: 'آخرین مدرک تحصیلی', en: 'Your last qualification' },
        hint: {
          fa: 'آخرین مدرکی که گرفته‌اید؛ برای نمونه دیپلم یا مدرک کارشناسی.',
          en: "The last qualification you received, for example your school diploma or bachelor's degree.",
        },
      },
      {
        kind: 'enrollment_certificate',
        label: { fa: 'گواهی اشتغال به تحصیل', en: 'Enrollment certificate' },
        hint: {
          fa: 'با امضا و مهر مسئول دانشگاه و با نام دانشگاه، مقطع، تاریخ شروع و رشته. چاپ صفحهٔ وب‌سایت و تأییدیهٔ ثبت‌نام ویژهٔ روادید پذیرفته نمی‌شود.',
          en: 'Signed and stamped by the university, naming the university, level, start date and subject. Website printouts and a visa Confirmation of Enrolment are not accepted.',
        },
      },
      {
        kind: 'military_service_document',
        label: { fa: 'مدرک خدمت وظیفه', en: 'Military service document' },
        hint: {
          fa: 'کارت پایان خدمت، کارت معافیت یا نامهٔ سازمان وظیفهٔ عمومی',
          en: 'Your service card, exemption card or letter from the conscription office',
        },
        showIf: { field: 'militaryService', equals: ['completed', 'exempt', 'letter'] },
      },
    ],
  },
  // A registration that other services build on; nothing is issued. With no visit there is nowhere to pay (fees are
  // paid at the mission, research §4), so it is free.
  fee: { eur: 0 },
  visit: { required: false },
  outcome: 'online',
  sla: { amberDays: 5, redDays: 10 },
});

export const academicDocumentConfirmation = defineService({
  id: 'academic-document-confirmation',
  group: 'students',
  name: { fa: 'تأیید مدارک تحصیلی', en: 'Confirm an academic certificate' },
  summary: {
    fa: 'تأیید گواهی اشتغال به تحصیل، ریز نمرات، گواهی پرداخت شهریه یا مدرک پایان تحصیل؛ برای نمونه برای خرید ارز دانشجویی در ایران.',
    en: 'Have your enrollment certificate, transcript, tuition receipt or degree confirmed, for example to buy student currency in Iran.',
  },
  keywords: [
    { fa: 'گواهی اشتغال به تحصیل', en: 'enrollment certificate' },
    { fa: 'ارز دانشجویی', en: 'student currency' },
    { fa: 'تأیید مدرک', en: 'degree confirmation' },
    { fa: 'تایید مدرک تحصیلی', en: 'transcript confirmation' },
    { fa: 'گواهی شهریه', en: 'tuition certificate' },
    { fa: 'ریزنمرات', en: 'grades' },
  ],
  applicants: ['self'],
  prepare: [
    {
      fa: 'پروندهٔ تحصیلی تأییدشده در همین سامانه.',
      en: 'An approved student file on this portal.',
    },
    {
      fa: 'گواهی رسمی با امضا و مهر مسئول دانشگاه. چاپ صفحهٔ وب‌سایت پذیرفته نمی‌شود.',
      en: 'A formal certificate signed and stamped by the university. Website printouts are not accepted.',
    },
  ],
  pages: [
    {
      id: 'document-type',
      title: { fa: 'نوع مدرک', en: 'Type of certificate' },
      fields: [
        {
          id: 'documentType',
          type: 'choice',
          label: { fa: 'چه مدرکی را می‌خواهید تأیید کنید؟', en: 'What do you want confirmed?' },
          options: [
            { value: 'enrollment', label: { fa: 'گواهی اشتغال به تحصیل', en: 'Enrollment certificate' } },
            { value: 'transcript', label: { fa: 'ریز نمرات میان‌دوره', en: 'Transcript during the course' } },
            { value: 'tuition', label: { fa: 'گواهی پرداخت شهریه', en: 'Tuition payment certificate' } },
            {
              value: 'degree',
              label: { fa: 'مدرک پایان تحصیلات و ریز نمرات نهایی', en: 'Degree with the final transcript' },
            },
            { value: 'course', label: { fa: 'گواهی دوره یا سمینار', en: 'Course or seminar certificate' } },
          ],
        },
      ],
    },
    {
      id: 'issue',
      title: { fa: 'صدور مدرک', en: 'The certificate' },
      fields: [
        {
          id: 'issueDate',
          type: 'date',
          when: 'past',
          label: { fa: 'تاریخ صدور', en: 'Date of issue' },
          hint: { fa: 'تاریخی که روی مدرک آمده است', en: 'The date written on the certificate' },
        },
      ],
    },
    {
      id: 'tuition',
      title: { fa: 'شهریه', en: 'Tuition' },
      showIf: { field: 'documentType', equals: 'tuition' },
      fields: [
        {
          id: 'tuitionAmount',
          type: 'number',
          min: 0,
          label: { fa: 'مبلغ شهریه', en: 'Amount of tuition' },
          hint: { fa: 'همان مبلغی که در گواهی آمده است', en: 'As written on the certificate' },
        },
        {
          id: 'tuitionCurrency',
          type: 'text',
          maxLength: 20,
          label: { fa: 'واحد پول', en: 'Currency' },
          hint: { fa: 'برای نمونه یورو', en: 'For example euros' },
        },
      ],
    },
  ],
  documents: {
    profile: ['passport_bio', 'residence_permit'],
    request: [
      {
        kind: 'certificate',
        label: { fa: 'تصویر مدرک', en: 'The certificate' },
        hint: {
          fa: 'همهٔ صفحه‌ها، خوانا. برای مدرک پایان تحصیلات، ریز نمرات نهایی را نیز در همین فایل بگذارید.',
          en: 'Every page, clearly readable. For a degree, include the final transcript in the same file.',
        },
      },
    ],
  },
  // Confirmations are now virtual (research §4: no sticker on the paper), students repeat them every term, and with
  // no visit there is nowhere to pay (fees are paid at the mission). So it is free.
  fee: { eur: 0 },
  visit: { required: false },
  outcome: 'online',
  // Students wait on it to pay tuition, so it is reviewed quickly.
  sla: { amberDays: 3, redDays: 7 },
});

export const STUDENT_SERVICES = [studentFile, academicDocumentConfirmation];
