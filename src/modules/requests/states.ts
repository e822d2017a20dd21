import type { Tone } from '../../ui/status-tag.tsx';
import type { Outcome } from '../catalog/definition.ts';

/**
 * Where a service request stands. Every change of state goes through `transition` below: the one place that says
 * who may move a request from where to where, and what they must say when they do. Routes, the back office and
 * background jobs call it; nothing else writes a state.
 */
export const STATES = [
  'draft',
  'submitted',
  'under_review',
  'needs_correction',
  'resubmitted',
  'approved',
  'sent_to_iran',
  'ready_for_collection',
  'posted',
  'issued',
  'completed',
  'rejected',
  'cancelled',
  'expired',
] as const;
export type RequestState = (typeof STATES)[number];

export type Actor = 'applicant' | 'officer' | 'system';

/** What a transition needs besides the request: the officer's reason, message, deadline. */
export type TransitionInput = {
  outcome: Outcome;
  by: Actor;
  reason?: string;
  message?: string;
  deadline?: Date;
  now?: Date;
};

type Rule = {
  from: readonly RequestState[];
  to: RequestState;
  by: readonly Actor[];
  /** Only for services ending this way (unset: all). */
  outcomes?: readonly Outcome[];
  /** Words the actor must give: shown to the applicant (message, reason) or a date (deadline). */
  needs?: readonly ('reason' | 'message' | 'deadline')[];
};

export const TRANSITIONS = {
  submit: { from: ['draft'], to: 'submitted', by: ['applicant'] },
  cancel: { from: ['submitted', 'needs_correction'], to: 'cancelled', by: ['applicant'] },
  start_review: { from: ['submitted', 'resubmitted'], to: 'under_review', by: ['officer'] },
  return_for_correction: {
    from: ['under_review'],
    to: 'needs_correction',
    by: ['officer'],
    needs: ['message', 'deadline'],
  },
  resubmit: { from: ['needs_correction'], to: 'resubmitted', by: ['applicant'] },
  expire: { from: ['needs_correction'], to: 'expired', by: ['system'] },
  approve: { from: ['under_review'], to: 'approved', by: ['officer'] },
  reject: { from: ['under_review', 'resubmitted'], to: 'rejected', by: ['officer'], needs: ['reason'] },
  send_to_iran: { from: ['approved'], to: 'sent_to_iran', by: ['officer'], outcomes: ['iran'] },
  mark_ready: { from: ['sent_to_iran'], to: 'ready_for_collection', by: ['officer'], outcomes: ['iran'] },
  mark_posted: { from: ['sent_to_iran'], to: 'posted', by: ['officer'], outcomes: ['iran'] },
  issue: { from: ['approved'], to: 'issued', by: ['officer'], outcomes: ['counter', 'online'] },
  complete: {
    from: ['issued', 'ready_for_collection', 'posted'],
    to: 'completed',
    by: ['officer', 'system'],
  },
} as const satisfies Record<string, Rule>;

export type TransitionName = keyof typeof TRANSITIONS;
export const TRANSITION_NAMES = Object.keys(TRANSITIONS) as TransitionName[];

export type TransitionRefusal =
  | 'illegal'
  | 'not_allowed'
  | 'wrong_outcome'
  | 'reason_required'
  | 'message_required'
  | 'deadline_required'
  | 'deadline_past';

export type TransitionResult = { ok: true; to: RequestState } | { ok: false; refusal: TransitionRefusal };

/** The one gate for a change of state: legal from here, by this actor, for this kind of service, fully explained. */
export function transition(
  from: RequestState,
  name: TransitionName,
  input: TransitionInput,
): TransitionResult {
  const rule: Rule = TRANSITIONS[name];
  if (!rule.from.includes(from)) return { ok: false, refusal: 'illegal' };
  if (!rule.by.includes(input.by)) return { ok: false, refusal: 'not_allowed' };
  if (rule.outcomes && !rule.outcomes.includes(input.outcome)) return { ok: false, refusal: 'wrong_outcome' };
  for (const need of rule.needs ?? []) {
    if (need === 'deadline') {
      if (!input.deadline || Number.isNaN(input.deadline.getTime()))
        return { ok: false, refusal: 'deadline_required' };
      if (input.deadline.getTime() <= (input.now ?? new Date()).getTime())
        return { ok: false, refusal: 'deadline_past' };
    } else if (!input[need]?.trim()) {
      return { ok: false, refusal: need === 'reason' ? 'reason_required' : 'message_required' };
    }
  }
  return { ok: true, to: rule.to };
}

/** The transitions open to an actor from a state, for a service ending this way (the buttons an officer sees). */
export function availableTransitions(from: RequestState, outcome: Outcome, by: Actor): TransitionName[] {
  return TRANSITION_NAMES.filter((name) => {
    const rule: Rule = TRANSITIONS[name];
    return (
      rule.from.includes(from) && rule.by.includes(by) && (!rule.outcomes || rule.outcomes.includes(outcome))
    );
  });
}

/** No way out: the request's story is over. */
export const isFinal = (state: RequestState) =>
  ['completed', 'rejected', 'cancelled', 'expired'].includes(state);

/**
 * The usual road for a service ending this way, for showing the applicant what comes next (corrections and
 * refusals are detours, not steps).
 */
export function usualPath(outcome: Outcome): RequestState[] {
  const start: RequestState[] = ['submitted', 'under_review', 'approved'];
  if (outcome === 'iran') return [...start, 'sent_to_iran', 'ready_for_collection', 'completed'];
  if (outcome === 'online') return [...start, 'issued'];
  return [...start, 'issued', 'completed'];
}

/** The colour of a state's tag (always with its name: never colour alone). */
export function stateTone(state: RequestState): Tone {
  switch (state) {
    case 'draft':
    case 'cancelled':
    case 'expired':
      return 'grey';
    case 'needs_correction':
      return 'amber';
    case 'rejected':
      return 'red';
    case 'approved':
    case 'issued':
    case 'ready_for_collection':
    case 'completed':
      return 'green';
    case 'sent_to_iran':
    case 'posted':
      return 'purple';
    default:
      return 'blue';
  }
}
