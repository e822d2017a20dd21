/**
 * `npm run bench [scenario…]`: runs each scenario, prints its figures and ratios, and exits non-zero when a
 * target is missed. Not part of `npm test`: timings on a shared machine are for people to read, not to gate on.
 */
import { bookingScenario } from './booking.ts';
import { renderScenario } from './render.ts';

const scenarios: Record<string, () => Promise<boolean>> = {
  render: renderScenario,
  booking: bookingScenario,
};

const wanted = process.argv.slice(2);
const names = wanted.length > 0 ? wanted : Object.keys(scenarios);
let ok = true;
for (const name of names) {
  const run = scenarios[name];
  if (!run) {
    console.error(`unknown scenario ${name}; known: ${Object.keys(scenarios).join(', ')}`);
    process.exit(2);
  }
  console.log(`\n### ${name}`);
  ok = (await run()) && ok;
}
console.log(ok ? '\nall targets met' : '\nSOME TARGETS MISSED');
process.exit(ok ? 0 : 1);
