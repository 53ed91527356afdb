import {
  INCIDENT_STATES,
  TRIAGE_ACTIONS,
  validateIncidentReport,
  validateTriage,
  type IncidentReportInput,
  type IncidentState,
  type TriageAction,
} from './incident.rules';

const report = (change: Partial<IncidentReportInput> = {}): IncidentReportInput => ({
  whatHappened: 'A cloned voice of a local politician was used in robocalls before the election.',
  evidenceLinks: ['https://example.org/news/robocalls', ''],
  email: 'reporter@example.org',
  shareWithAuthors: false,
  ...change,
});

describe('validateIncidentReport', () => {
  it.each<[string, Partial<IncidentReportInput>, string[]]>([
    ['a complete report', {}, []],
    ['no links at all', { evidenceLinks: [] }, []],
    ['too short to act on', { whatHappened: 'It was misused.' }, ['whatHappened']],
    ['too long', { whatHappened: 'x'.repeat(5001) }, ['whatHappened']],
    ['a link that is not a web address', { evidenceLinks: ['ftp://example.org/x', 'see the video'] }, ['evidenceLinks.0', 'evidenceLinks.1']],
    ['eleven links', { evidenceLinks: Array.from({ length: 11 }, (_, i) => `https://example.org/${i}`) }, ['evidenceLinks']],
    ['no e-mail address', { email: '' }, ['email']],
  ])('%s', (_label, change, paths) => {
    expect(validateIncidentReport(report(change)).map((e) => e.path)).toEqual(paths);
  });
});

// Written out by hand: from which states each action may be taken.
const ALLOWED: Record<TriageAction, IncidentState[]> = {
  dismiss: ['open', 'asked_authors', 'reevaluating'],
  ask_authors: ['open'],
  open_reevaluation: ['open', 'asked_authors'],
  suspend: ['open', 'asked_authors', 'reevaluating'],
  resolve: ['open', 'asked_authors', 'reevaluating'],
};

describe('validateTriage: every action from every state', () => {
  const complete = { reason: 'The robocalls match the released demo voices.', answer: 'Thank you: we suspended the demo and are re-evaluating.' };
  it.each(TRIAGE_ACTIONS.flatMap((action) => INCIDENT_STATES.map((state) => [action, state] as const)))('%s from %s', (action, state) => {
    const errors = validateTriage(state, true, { action, ...complete });
    expect(errors.map((e) => e.path)).toEqual(ALLOWED[action].includes(state) ? [] : ['action']);
  });
});

describe('validateTriage: what each action needs', () => {
  it.each<[string, TriageAction, boolean, string, string, string[]]>([
    ['dismissing without a final answer', 'dismiss', true, 'Not related to this work at all.', '', ['answer']],
    ['asking the authors needs no answer yet', 'ask_authors', true, 'Please check whether your demo was used.', '', []],
    ['no reason', 'open_reevaluation', true, ' ', '', ['reason']],
    ['suspending a general report', 'suspend', false, 'The robocalls match the demo voices.', 'We acted on it.', ['action']],
    ['answering a general report', 'resolve', false, 'Forwarded to the right venue.', 'Thank you; we forwarded it.', []],
  ])('%s', (_label, action, hasApproval, reason, answer, paths) => {
    expect(validateTriage('open', hasApproval, { action, reason, answer }).map((e) => e.path)).toEqual(paths);
  });
});
