import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ServiceDefinition } from '../../catalog/definition.ts';
import { powerOfAttorney } from '../../catalog/services/notarial.ts';
import type { Answers } from '../fields.tsx';
import { composePoaText, PLACEHOLDER, POA_CAUTION, type Principal, unfilledPlaceholders } from './compose.ts';
import { POA_CLAUSES, POA_TEMPLATES, POA_TYPES, type PoaType } from './templates.ts';

const definition = ServiceDefinition.parse(powerOfAttorney);
const fields = new Map(definition.pages.flatMap((p) => p.fields).map((f) => [f.id, f]));

const principal: Principal = {
  firstName: 'مریم',
  lastName: 'احمدی',
  fatherName: 'محمود',
  nationalCode: '0012345679',
  birthDate: '1985-07-03',
};

const AGENTS: Answers[] = [
  {
    agent1FirstName: 'علی',
    agent1LastName: 'رضایی',
    agent1FatherName: 'حسن',
    agent1NationalCode: '0007806140',
    agent1BirthDate: '1980-04-04',
    agent1Address: 'تهران، خیابان شریعتی، کوچهٔ یاس، پلاک 12، واحد 3',
    agent1Phone: '+989121234567',
  },
  {
    agent2FirstName: 'زهرا',
    agent2LastName: 'حسینی',
    agent2FatherName: 'علی',
    agent2NationalCode: '0008807086',
    agent2BirthDate: '1983-11-20',
    agent2Address: 'کرج، بلوار جمهوری، پلاک 45',
    agent2Phone: '+989351112233',
  },
  {
    agent3FirstName: 'رضا',
    agent3LastName: 'کریمی',
    agent3FatherName: 'جواد',
    agent3NationalCode: '2271104319',
    agent3BirthDate: '1990-02-14',
    agent3Address: 'اصفهان، خیابان چهارباغ بالا، پلاک 7',
    agent3Phone: '+989131234567',
  },
];
const AGENT_NAMES = [
  ['علی', 'رضایی', '۰۰۰۷۸۰۶۱۴۰'],
  ['زهرا', 'حسینی', '۰۰۰۸۸۰۷۰۸۶'],
  ['رضا', 'کریمی', '۲۲۷۱۱۰۴۳۱۹'],
] as const;

const PROPERTY: Answers = {
  propertyKind: 'apartment',
  propertyPlateMain: '56',
  propertyPlateSub: '1234',
  propertySection: '11',
  propertyCity: 'تهران',
  propertyAddress: 'تهران، خیابان ولیعصر، کوچهٔ نسترن، پلاک 8، طبقهٔ دوم',
  propertyShare: '6',
};
const VEHICLE: Answers = {
  vehicleMakeModel: 'سواری پژو ۲۰۶ تیپ ۲',
  vehicleYear: '1398',
  vehiclePlate: '12 ب 345 ایران 67',
  vehicleEngine: '10FSS99123456',
  vehicleChassis: 'NAAP41FD0KJ123456',
};
/** What the person typed that may keep Latin letters in the Persian text. */
const TYPED_LATIN = [VEHICLE.vehicleEngine, VEHICLE.vehicleChassis] as string[];

const SUBJECT: Record<PoaType, string> = {
  'property-sale': 'فروش آپارتمان واقع در تهران، خیابان ولیعصر',
  'vehicle-sale': 'فروش خودروی سواری پژو ۲۰۶',
  banking: 'امور حساب‌های اینجانب نزد بانک ملی ایران',
  administrative: 'پیگیری امور اینجانب در دانشگاه تهران و سازمان امور مالیاتی',
  pension: 'دریافت حقوق بازنشستگی اینجانب از صندوق بازنشستگی کشوری',
  inheritance: 'امور انحصار وراثت و تقسیم ماترک پدر اینجانب',
  family: 'اخذ گواهی تجرد اینجانب',
  general: 'انجام کلیهٔ امور اینجانب در ایران',
  other: 'دریافت کارت پایان خدمت اینجانب',
};

/** Every option of the type's checklist, as the definition offers them. */
function allPowers(type: PoaType): string[] {
  const field = fields.get(POA_TEMPLATES[type].powersField);
  assert.ok(field?.type === 'checkboxes', `${type}: a checkboxes field ${POA_TEMPLATES[type].powersField}`);
  return field.options.map((o) => o.value);
}

function complete(type: PoaType, agentCount: 1 | 2 | 3, more: Answers = {}): Answers {
  return {
    poaType: type,
    subject: SUBJECT[type],
    agentCount: String(agentCount),
    ...Object.assign({}, ...AGENTS.slice(0, agentCount)),
    ...(agentCount > 1 ? { agentsActing: 'jointly' } : {}),
    [POA_TEMPLATES[type].powersField]: allPowers(type),
    ...(type === 'property-sale' ? PROPERTY : {}),
    ...(type === 'vehicle-sale' ? VEHICLE : {}),
    ...(type === 'inheritance' ? { deceasedName: 'احمد احمدی', deceasedRelation: 'father' } : {}),
    delegation: 'no',
    duration: 'until-done',
    ...more,
  };
}

/** The text without what the person typed in Latin script (engine and chassis numbers). */
const withoutTypedLatin = (text: string) => TYPED_LATIN.reduce((t, typed) => t.replaceAll(typed, ''), text);

test('the definition offers for each type the options the templates have clauses for, in the same order', () => {
  const poaType = fields.get('poaType');
  assert.ok(poaType?.type === 'choice');
  assert.deepEqual(
    poaType.options.map((o) => o.value),
    [...POA_TYPES],
  );
  for (const type of POA_TYPES) {
    assert.deepEqual(allPowers(type), Object.keys(POA_TEMPLATES[type].powers), type);
    const field = fields.get(POA_TEMPLATES[type].powersField);
    assert.deepEqual(
      field?.showIf,
      { field: 'poaType', equals: type },
      `${type}: its checklist shows for it`,
    );
  }
});

test('every answer the text reads is a question of the definition', () => {
  const read = [
    'poaType',
    'subject',
    'agentCount',
    'agentsActing',
    ...[1, 2, 3].flatMap((n) =>
      ['FirstName', 'LastName', 'FatherName', 'NationalCode', 'BirthDate', 'Address', 'Phone'].map(
        (f) => `agent${n}${f}`,
      ),
    ),
    'powersOther',
    ...Object.keys(PROPERTY),
    ...Object.keys(VEHICLE),
    'deceasedName',
    'deceasedRelation',
    'delegation',
    'duration',
    'durationMonths',
  ];
  for (const id of read) assert.ok(fields.has(id), `the definition asks ${id}`);
  assert.equal(fields.get('agent1NationalCode')?.type, 'nationalCode');
  assert.equal(fields.get('agent2Phone')?.type, 'phone');
});

for (const type of POA_TYPES) {
  test(`${type}: complete answers give a complete text with the parties, the powers and the clauses`, () => {
    for (const count of [1, 2, 3] as const) {
      const answers = complete(type, count);
      const text = composePoaText(answers, principal);
      const where = `${type}, ${count} agent(s)`;
      assert.deepEqual(unfilledPlaceholders(text), [], where);
      assert.ok(!PLACEHOLDER.test(text), where);
      assert.doesNotMatch(text, /[{}]/, `${where}: every slot is filled`);
      assert.match(text, /^اینجانب مریم احمدی فرزند محمود به شمارهٔ ملی ۰۰۱۲۳۴۵۶۷۹ متولد ۱۳۶۴\/۰۴\/۱۲،/);
      for (const [first, last, code] of AGENT_NAMES.slice(0, count)) {
        assert.ok(text.includes(`${first} ${last} فرزند`), `${where}: ${first} ${last}`);
        assert.ok(text.includes(`به شمارهٔ ملی ${code}`), `${where}: ${code}`);
      }
      for (const [first, last] of AGENT_NAMES.slice(count)) {
        assert.ok(!text.includes(`${first} ${last}`), `${where}: no agent beyond the count`);
      }
      assert.equal(text.includes('مجتمعاً'), count > 1, `${where}: the joint clause only with two or more`);
      assert.ok(!text.includes('منفرداً'), where);
      assert.ok(text.includes(count === 1 ? 'اقدام نماید.' : 'اقدام نمایند.'), `${where}: the verb agrees`);
      const agent = count === 1 ? 'وکیل' : 'وکلا';
      for (const clause of Object.values(POA_TEMPLATES[type].powers)) {
        assert.ok(text.includes(clause.replaceAll('{agent}', agent)), `${where}: ${clause}`);
      }
      assert.ok(text.includes(POA_CLAUSES.withoutDelegation), where);
      assert.ok(text.includes(POA_CLAUSES.untilDone), where);
      assert.ok(text.includes(`موضوع وکالت: ${SUBJECT[type]}`), where);
    }
  });
}

test('selling a flat with two agents acting jointly: the property is described as on the deed', () => {
  const text = composePoaText(complete('property-sale', 2), principal);
  assert.ok(
    text.includes(
      'نسبت به فروش و انتقال قطعی ششدانگ یک دستگاه آپارتمان به پلاک ثبتی ۱۲۳۴ فرعی از ۵۶ اصلی، واقع در بخش ۱۱ ثبتی تهران، به نشانی تهران، خیابان ولیعصر، کوچهٔ نسترن، پلاک ۸، طبقهٔ دوم، متعلق به اینجانب',
    ),
    text,
  );
  assert.ok(text.includes(POA_CLAUSES.jointly));
  assert.ok(text.includes('به دو نفر به شرح زیر:\n۱- علی رضایی'));
  assert.ok(
    text.includes('متولد ۱۳۵۹/۰۱/۱۵، به نشانی تهران، خیابان شریعتی'),
    'the agent’s birth date in Jalali',
  );
  assert.ok(text.includes('به شمارهٔ تلفن ۰۹۱۲۱۲۳۴۵۶۷؛'), 'an Iranian phone as dialled in Iran');
  const half = composePoaText(
    complete('property-sale', 2, { propertyShare: '2.5', propertyPlateSub: '', propertySection: 'بخش 11' }),
    principal,
  );
  assert.ok(
    half.includes('۲٫۵ دانگ مشاع از ششدانگ یک دستگاه آپارتمان به پلاک ثبتی ۵۶ اصلی، واقع در بخش ۱۱ ثبتی'),
  );
});

test('the joint or several clause follows the answer, and a missing one is a placeholder', () => {
  const severally = composePoaText(complete('banking', 3, { agentsActing: 'severally' }), principal);
  assert.ok(severally.includes(POA_CLAUSES.severally));
  assert.ok(!severally.includes('مجتمعاً'));
  assert.ok(severally.includes('به سه نفر به شرح زیر:'));
  const missing = composePoaText(complete('banking', 2, { agentsActing: [] }), principal);
  assert.deepEqual(unfilledPlaceholders(missing), ['[[نحوهٔ اقدام وکلا: مجتمعاً یا منفرداً]]']);
});

test('delegation and duration clauses follow the answers', () => {
  const text = composePoaText(
    complete('pension', 1, { delegation: 'yes', duration: 'fixed', durationMonths: '18' }),
    principal,
  );
  assert.ok(text.includes(POA_CLAUSES.withDelegation));
  assert.ok(!text.includes(POA_CLAUSES.withoutDelegation));
  assert.ok(text.includes('مدت این وکالت ۱۸ ماه از تاریخ تنظیم این سند است.'));
  const noMonths = composePoaText(complete('pension', 1, { duration: 'fixed' }), principal);
  assert.deepEqual(unfilledPlaceholders(noMonths), ['[[مدت وکالت به ماه]]']);
});

test('only the chosen powers, in the checklist order, then the typed ones, numbered', () => {
  const text = composePoaText(
    complete('vehicle-sale', 1, {
      powersVehicleSale: ['deliver', 'sell'],
      powersOther: '1- دریافت پلاک قبلی.\nتسویهٔ بیمهٔ شخص ثالث تا روز تحویل',
    }),
    principal,
  );
  const powers = POA_TEMPLATES['vehicle-sale'].powers;
  assert.ok(
    text.includes(
      [
        `۱- ${powers.sell!.replace('{agent}', 'وکیل')}؛`,
        `۲- ${powers.deliver}؛`,
        '۳- دریافت پلاک قبلی؛',
        '۴- تسویهٔ بیمهٔ شخص ثالث تا روز تحویل.',
      ].join('\n'),
    ),
    text,
  );
  assert.ok(!text.includes(powers.notary!));
  const none = composePoaText(complete('other', 1, { powersOtherType: [] }), principal);
  assert.deepEqual(unfilledPlaceholders(none), ['[[اختیارات وکیل]]']);
});

test('a missing property plate leaves a placeholder, and unfilledPlaceholders lists it', () => {
  const text = composePoaText(complete('property-sale', 2, { propertyPlateMain: '' }), principal);
  assert.ok(text.includes('به پلاک ثبتی [[شمارهٔ پلاک ثبتی]]، واقع در'));
  assert.ok(PLACEHOLDER.test(text));
  assert.deepEqual(unfilledPlaceholders(text), ['[[شمارهٔ پلاک ثبتی]]']);
  const filled = text.replace('[[شمارهٔ پلاک ثبتی]]', '۱۲۳۴ فرعی از ۵۶ اصلی');
  assert.deepEqual(unfilledPlaceholders(filled), [], 'filled by editing the text');
});

test('a missing agent detail names the agent in its placeholder', () => {
  const text = composePoaText(
    complete('family', 2, { agent2NationalCode: '', agent2BirthDate: 'not a date' }),
    principal,
  );
  assert.deepEqual(unfilledPlaceholders(text), ['[[شمارهٔ ملی وکیل دوم]]', '[[تاریخ تولد وکیل دوم]]']);
});

test('answers left over from an earlier choice do not reach the text', () => {
  const text = composePoaText(
    complete('banking', 2, { ...PROPERTY, ...VEHICLE, ...AGENTS[2], powersPropertySale: ['sell'] }),
    principal,
  );
  assert.ok(!text.includes('پلاک ثبتی'));
  assert.ok(!text.includes(VEHICLE.vehicleChassis as string));
  assert.ok(!text.includes('کریمی'), 'a third agent’s answers with two agents');
  assert.ok(!text.includes(POA_TEMPLATES['property-sale'].powers.sell!.slice(0, 20)));
});

test('composing never throws on empty or odd answers: it gives a text of placeholders', () => {
  const empty: Principal = { firstName: '', lastName: '', fatherName: '', nationalCode: '', birthDate: '' };
  const text = composePoaText({}, empty);
  assert.match(text, /^اینجانب \[\[نام موکل\]\]/);
  for (const missing of ['[[موضوع وکالت]]', '[[نام وکیل]]', '[[اختیارات وکیل]]', '[[مدت وکالت]]'])
    assert.ok(unfilledPlaceholders(text).includes(missing), missing);
  for (const type of POA_TYPES) {
    const only = composePoaText({ poaType: type }, principal);
    assert.ok(unfilledPlaceholders(only).length > 0, type);
    assert.doesNotMatch(only, /[{}]/, type);
  }
  const odd = composePoaText(
    {
      poaType: ['property-sale'],
      agentCount: '7',
      agent1BirthDate: '0001-01-01',
      propertyShare: 'x',
      delegation: 'maybe',
      powersBanking: 'withdraw',
    },
    { ...principal, birthDate: '1985-02-30' },
  );
  assert.ok(odd.includes('[[تاریخ تولد موکل]]'));
});

test('the text is Persian: no Latin letters or digits except the engine and chassis numbers as typed', () => {
  for (const type of POA_TYPES) {
    for (const count of [1, 2, 3] as const) {
      const text = withoutTypedLatin(
        composePoaText(
          complete(type, count, {
            delegation: 'yes',
            duration: 'fixed',
            durationMonths: '6',
            powersOther: 'پرداخت 3 قسط باقی‌مانده',
          }),
          principal,
        ),
      );
      assert.doesNotMatch(text, /[A-Za-z0-9]/, `${type}, ${count}`);
    }
  }
  const vehicle = composePoaText(complete('vehicle-sale', 1), principal);
  assert.ok(
    vehicle.includes(
      'یک دستگاه خودروی سواری پژو ۲۰۶ تیپ ۲ مدل ۱۳۹۸ به شمارهٔ انتظامی ۱۲ ب ۳۴۵ ایران ۶۷، شمارهٔ موتور 10FSS99123456 و شمارهٔ شاسی NAAP41FD0KJ123456',
    ),
    vehicle,
  );
});

test('the caution is plain in both languages', () => {
  assert.match(POA_CAUTION.fa, /وکیل دادگستری/);
  assert.match(POA_CAUTION.fa, /مشاورهٔ حقوقی/);
  assert.match(POA_CAUTION.en, /lawyer/);
  assert.match(POA_CAUTION.en, /legal advice/);
});
