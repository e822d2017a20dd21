import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { OUTCOMES } from '../catalog/definition.ts';
import {
  type Actor,
  availableTransitions,
  isFinal,
  STATES,
  TRANSITION_NAMES,
  TRANSITIONS,
  transition,
  usualPath,
} from './states.ts';

const NOW = new Date('2026-06-01T10:00:00Z');
const LATER = new Date('2026-06-15T10:00:00Z');
const ACTORS: Actor[] = ['applicant', 'officer', 'system'];

/** Everything a transition could ask for, so that only the rules themselves decide. */
const full = { reason: 'Reason', message: 'Please upload a clearer scan', deadline: LATER, now: NOW };

describe('request states: one place for every change', () => {
  test('each transition works from each of its states, by its actors, for its outcomes', () => {
    let checked = 0;
    for (const name of TRANSITION_NAMES) {
      const rule = TRANSITIONS[name];
      for (const from of rule.from) {
        for (const by of rule.by) {
          const outcomes = 'outcomes' in rule ? rule.outcomes : OUTCOMES;
          for (const outcome of outcomes) {
            assert.deepEqual(
              transition(from, name, { outcome, by, ...full }),
              { ok: true, to: rule.to },
              `${name} from ${from}`,
            );
            checked++;
          }
        }
      }
    }
    assert.ok(checked > 30);
  });

  test('every other combination is refused: wrong state, wrong actor, wrong kind of service', () => {
    for (const name of TRANSITION_NAMES) {
      const rule = TRANSITIONS[name];
      for (const from of STATES) {
        for (const by of ACTORS) {
          for (const outcome of OUTCOMES) {
            const legal =
              (rule.from as readonly string[]).includes(from) &&
              (rule.by as readonly string[]).includes(by) &&
              (!('outcomes' in rule) || (rule.outcomes as readonly string[]).includes(outcome));
            const result = transition(from, name, { outcome, by, ...full });
            assert.equal(result.ok, legal, `${name} from ${from} by ${by} (${outcome})`);
          }
        }
      }
    }
    assert.deepEqual(transition('completed', 'approve', { outcome: 'counter', by: 'officer' }), {
      ok: false,
      refusal: 'illegal',
    });
    assert.deepEqual(transition('under_review', 'approve', { outcome: 'counter', by: 'applicant' }), {
      ok: false,
      refusal: 'not_allowed',
    });
    assert.deepEqual(transition('approved', 'send_to_iran', { outcome: 'online', by: 'officer' }), {
      ok: false,
      refusal: 'wrong_outcome',
    });
  });

  test('a refusal needs its reason; a return for correction needs a message and a deadline in the future', () => {
    const base = { outcome: 'counter' as const, by: 'officer' as const, now: NOW };
    assert.deepEqual(transition('under_review', 'reject', { ...base, reason: '   ' }), {
      ok: false,
      refusal: 'reason_required',
    });
    assert.deepEqual(transition('under_review', 'return_for_correction', { ...base, deadline: LATER }), {
      ok: false,
      refusal: 'message_required',
    });
    assert.deepEqual(
      transition('under_review', 'return_for_correction', { ...base, message: 'Fix the scan' }),
      {
        ok: false,
        refusal: 'deadline_required',
      },
    );
    assert.deepEqual(
      transition('under_review', 'return_for_correction', {
        ...base,
        message: 'Fix it',
        deadline: new Date('2026-05-01'),
      }),
      { ok: false, refusal: 'deadline_past' },
    );
  });

  test('final states have no way out; every other state has one', () => {
    for (const state of STATES) {
      const ways = ACTORS.flatMap((by) => OUTCOMES.flatMap((o) => availableTransitions(state, o, by)));
      assert.equal(ways.length === 0, isFinal(state), state);
    }
  });

  test('the usual path of each outcome is made of legal steps', () => {
    for (const outcome of OUTCOMES) {
      const path = ['draft', ...usualPath(outcome)] as const;
      for (let i = 1; i < path.length; i++) {
        const from = path[i - 1]!;
        const to = path[i]!;
        const step = ACTORS.flatMap((by) => availableTransitions(from, outcome, by)).find(
          (n) => TRANSITIONS[n].to === to,
        );
        assert.ok(step, `${outcome}: ${from} → ${to}`);
      }
    }
  });
});
