import { DEMO_TOTP_SECRET, totpCode } from '../modules/staff/totp.ts';

/** `npm run staff:code`: the demo staff's current TOTP code (development only: the secret is public). */
if (process.env.NODE_ENV === 'production') {
  console.error('There are no demo staff in production.');
  process.exit(2);
}
const now = new Date();
const left = 30 - (Math.floor(now.getTime() / 1000) % 30);
console.log(`${totpCode(DEMO_TOTP_SECRET, now)}  (demo staff TOTP code, good for ${left} more seconds)`);
