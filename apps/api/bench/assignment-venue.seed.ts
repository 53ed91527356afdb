// A synthetic venue at assignment scale, for `npm run seed:venue` and `npm run bench:assignment`:
// statements with confirmed tiers, a reviewer pool with profiles (areas, publications,
// affiliations with years, loads), declared conflicts, bids, and authors who also review (so the
// matcher finds same-institution and shared-publication conflicts). One statement goes through
// the API (registered, saved, submitted) and the rest are copies with their own ids, texts, tiers
// and authors, so every document has the real stored shape. Deterministic for a seed.
import { mongo } from 'mongoose';
import { affinityTextOf, DEFAULT_TIER_POLICY, searchWordsOf, type Hazard } from '@impact-review/domain';
import { createDraft, createVenue, graphql, saveDraft, seedAuthors, type BenchAuthor } from './surge-api';

export interface SeedOptions {
  mongodbUri: string;
  apiUrl: string;
  statements: number;
  reviewers: number;
  seed?: number;
  log?: (line: string) => void;
}

export interface SeededVenue {
  venueId: string;
  chair: BenchAuthor;
  /** A few reviewers with live sessions, for requests as a reviewer. */
  reviewers: BenchAuthor[];
  counts: Record<string, number>;
}

/** Topics: each has words for titles and texts, and the area it belongs to. */
const TOPICS = [
  { area: 'Speech', sub: 'Voice cloning', words: ['voice', 'cloning', 'speaker', 'prosody', 'timbre', 'vocoder', 'impersonation', 'audio'] },
  { area: 'Speech', sub: 'Speech recognition', words: ['transcription', 'acoustic', 'phoneme', 'dialect', 'accent', 'wakeword', 'keyword', 'spoken'] },
  { area: 'Vision', sub: 'Faces', words: ['face', 'facial', 'biometric', 'identity', 'recognition', 'surveillance', 'portrait', 'landmark'] },
  { area: 'Vision', sub: 'Image generation', words: ['diffusion', 'image', 'photorealistic', 'inpainting', 'deepfake', 'texture', 'render', 'pixel'] },
  { area: 'Language', sub: 'Dialogue', words: ['chatbot', 'dialogue', 'persuasion', 'assistant', 'conversation', 'roleplay', 'agent', 'prompt'] },
  { area: 'Language', sub: 'Misinformation', words: ['misinformation', 'propaganda', 'claims', 'factcheck', 'rumor', 'narrative', 'news', 'headline'] },
  { area: 'Security', sub: 'Malware', words: ['malware', 'exploit', 'vulnerability', 'intrusion', 'phishing', 'payload', 'ransomware', 'sandbox'] },
  { area: 'Biology', sub: 'Protein design', words: ['protein', 'sequence', 'pathogen', 'toxin', 'enzyme', 'genome', 'synthesis', 'binding'] },
  { area: 'Robotics', sub: 'Autonomy', words: ['robot', 'drone', 'navigation', 'autonomous', 'manipulation', 'swarm', 'actuator', 'grasp'] },
  { area: 'Privacy', sub: 'Re-identification', words: ['privacy', 'anonymization', 'reidentification', 'location', 'tracking', 'membership', 'inference', 'leakage'] },
] as const;
const FILLER = ['model', 'dataset', 'release', 'benchmark', 'evaluation', 'training', 'open', 'weights', 'users', 'harm'];
const COMMUNITIES = ['People who work as voice actors', 'Journalists and fact-checkers', 'Disability advocates', 'Security researchers', 'Patients and carers'];
const INSTITUTIONS = 800;

/** A small deterministic generator (mulberry32). */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function seedAssignmentVenue(options: SeedOptions): Promise<SeededVenue> {
  const log = options.log ?? (() => undefined);
  const random = generator(options.seed ?? 20301);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const words = (topic: (typeof TOPICS)[number], n: number): string =>
    Array.from({ length: n }, () => (random() < 0.75 ? pick(topic.words) : pick(FILLER))).join(' ');

  const started = Date.now();
  const authorCount = Math.max(1, Math.ceil(options.statements / 4));
  // Accounts: the chair, the authors, then the reviewers (a fifth of whom also author statements).
  const [chair, ...people] = await seedAuthors(options.mongodbUri, 1 + authorCount + options.reviewers, 1_000_000);
  if (!chair) throw new Error('no chair');
  const authors = people.slice(0, authorCount);
  const reviewers = people.slice(authorCount);
  log(`accounts: ${1 + people.length} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

  const venueId = await createVenue(options.apiUrl, chair);
  const taxonomy = {
    areas: [...new Set(TOPICS.map((t) => t.area))].map((area) => ({ label: area, subAreas: TOPICS.filter((t) => t.area === area).map((t) => t.sub) })),
    communities: COMMUNITIES,
  };
  const taxonomyResult = await graphql(options.apiUrl, chair.cookie, `mutation($v: ID!, $x: VenueTaxonomyInput!) { updateVenueTaxonomy(venueId: $v, taxonomy: $x, expectedRevision: 1) { id } }`, {
    v: venueId,
    x: taxonomy,
  });
  if (taxonomyResult.body.errors) throw new Error(`taxonomy: ${JSON.stringify(taxonomyResult.body.errors)}`);

  // The template: one statement through the API.
  const first = authors[0] as BenchAuthor;
  const draft = await createDraft(options.apiUrl, first, venueId, 0);
  const saved = await saveDraft(options.apiUrl, first, draft, 'template', AbortSignal.timeout(30_000));
  const submitted = await graphql(options.apiUrl, first.cookie, `mutation($id: ID!, $rev: Int!) { submitStatement(submissionId: $id, expectedDraftRevision: $rev) { id } }`, {
    id: draft.id,
    rev: saved.body.data?.['saveDraft']?.revision,
  });
  if (submitted.body.errors) throw new Error(`submit: ${JSON.stringify(submitted.body.errors)}`);

  const client = await mongo.MongoClient.connect(options.mongodbUri);
  try {
    const db = client.db();
    const templateDoc = await db.collection('submissions').findOne({ _id: new mongo.ObjectId(draft.id) });
    const versionDoc = await db.collection('statement_versions').findOne({ submissionId: draft.id });
    if (!templateDoc || !versionDoc) throw new Error('the template statement was not stored');
    // Copies must not carry the template's change events still waiting for the log: the API would
    // spend minutes of the benchmark sweeping 20,000 documents whose events are already logged.
    const { _id: _t, pendingEvents: _events, hasPendingEvents: _pending, ...template } = templateDoc;
    const { _id: _v, ...version } = versionDoc;
    // The template itself leaves: every statement of the venue is generated the same way.
    await db.collection('submissions').deleteOne({ _id: new mongo.ObjectId(draft.id) });
    await db.collection('statement_versions').deleteMany({ submissionId: draft.id });
    await db.collection('submission_authors').deleteMany({ submissionId: draft.id });
    await db.collection('submission_search_terms').deleteMany({ submissionId: draft.id });

    const now = new Date();
    const year = now.getUTCFullYear();
    const institution = (i: number) => ({ name: `Institute ${i}`, domain: `inst${i}.example.edu` });
    // Reviewers: profiles, roles. 80% experts, 20% community reviewers.
    const reviewerTopic: number[] = [];
    const reviewerPublications: string[][] = [];
    const roles: mongo.Document[] = [];
    const profiles: mongo.Document[] = [];
    reviewers.forEach((reviewer, r) => {
      const topicIndex = Math.floor(random() * TOPICS.length);
      const topic = TOPICS[topicIndex] as (typeof TOPICS)[number];
      const community = r % 5 === 4;
      const inst = Math.floor(random() * INSTITUTIONS);
      reviewerTopic.push(topicIndex);
      const publications = community
        ? []
        : Array.from({ length: 3 + Math.floor(random() * 6) }, (_, p) => ({
            title: `${words(topic, 5)} ${p}`,
            abstract: words(topic, 40),
            year: year - Math.floor(random() * 8),
          }));
      reviewerPublications.push(publications.map((p) => p.title));
      roles.push({ userId: reviewer.userId, venueId, role: community ? 'community_reviewer' : 'expert_reviewer', createdAt: now });
      const previous = institution((inst + 17) % INSTITUTIONS);
      profiles.push({
        venueId,
        userId: reviewer.userId,
        areas: [topic.area, `${topic.area} / ${topic.sub}`],
        expertise: community ? `I belong to the community: ${pick(COMMUNITIES)}. ${words(topic, 12)}` : words(topic, 30),
        publications,
        affiliations: [
          { institution: institution(inst).name, emailDomain: institution(inst).domain, startYear: year - 4, endYear: null },
          // A past affiliation: a conflict while it ended within the last three years.
          { institution: previous.name, emailDomain: previous.domain, startYear: year - 10, endYear: year - 1 - Math.floor(random() * 6) },
        ],
        communities: community ? [pick(COMMUNITIES)] : [],
        maxLoad: community ? 4 : 3,
        trainingCompletedOn: random() < 0.6 ? `${year - 1}-06-01` : null,
        revision: 1,
        updatedAt: now,
      });
    });
    // The statements' plan: a topic each, and every fifth one co-written by a reviewer (its author
    // list holds them, so their institution and publications count against the reviewers who
    // share them).
    const byTopic = TOPICS.map((_, t) => reviewerTopic.flatMap((rt, r) => (rt === t ? [r] : [])));
    const byTopicOf = (t: number): number[] => byTopic[t] ?? [];
    const statementTopic = Array.from({ length: options.statements }, () => Math.floor(random() * TOPICS.length));
    const coAuthorReviewer = statementTopic.map((_, i) => (i % 5 === 0 && reviewers.length > 0 ? Math.floor(random() * reviewers.length) : null));
    // Shared publications: for each statement a reviewer co-wrote, another reviewer of its topic
    // lists one of that reviewer's papers too (they wrote it together).
    let sharedPublications = 0;
    coAuthorReviewer.forEach((r, s) => {
      if (r === null) return;
      const paper = reviewerPublications[r]?.[0];
      const candidates = byTopicOf(statementTopic[s] as number);
      if (!paper || candidates.length === 0) return;
      const q = pick(candidates);
      if (q === r) return;
      (profiles[q]?.['publications'] as { title: string; abstract: string; year: number }[]).push({ title: paper, abstract: '', year: year - 1 });
      sharedPublications += 1;
    });
    for (let i = 0; i < roles.length; i += 2000) await db.collection('venue_roles').insertMany(roles.slice(i, i + 2000));
    for (let i = 0; i < profiles.length; i += 1000) await db.collection('reviewer_profiles').insertMany(profiles.slice(i, i + 1000));
    log(`reviewers: ${reviewers.length} with profiles (${((Date.now() - started) / 1000).toFixed(1)} s)`);

    // Statements: a third each exempt, expedited, full; confirmed by the chair.
    const tiers = ['exempt', 'expedited', 'full'] as const;
    const statementIds: string[] = [];
    for (let start = 0; start < options.statements; start += 1000) {
      const submissions: mongo.Document[] = [];
      const versions: mongo.Document[] = [];
      const authorships: mongo.Document[] = [];
      const terms: mongo.Document[] = [];
      for (let i = start; i < Math.min(options.statements, start + 1000); i++) {
        const id = new mongo.ObjectId();
        const topic = TOPICS[statementTopic[i] as number] as (typeof TOPICS)[number];
        statementIds.push(id.toHexString());
        const author = authors[Math.floor(i / 4) % authors.length] as BenchAuthor;
        const reviewerAuthor = coAuthorReviewer[i] ?? null;
        const authorIds = reviewerAuthor === null ? [author.userId] : [author.userId, (reviewers[reviewerAuthor] as BenchAuthor).userId];
        const title = `${words(topic, 6)} (${i})`;
        const tier = tiers[i % 3] as (typeof tiers)[number];
        const at = new Date(now.getTime() - (options.statements - i) * 1000);
        const summary = words(topic, 60);
        const content = version['content'] as Record<string, unknown>;
        const hazards = (content['hazards'] as Record<string, unknown>[]).map((h) => ({ ...h, description: words(topic, 20) }));
        const decision = { tier, suggestedTier: tier, reason: '', decidedBy: chair.userId, decidedAt: at, forVersion: 1 };
        const abstract = words(topic, 30);
        const affinityText = affinityTextOf(abstract, { summary, hazards: hazards as unknown as Hazard[], affectedGroups: content['affectedGroups'] as string[] });
        submissions.push({
          ...template,
          _id: id,
          authorIds,
          submitted: { ...template['submitted'], title, abstract, authorIds, affinityText },
          searchText: `${title}`,
          titleKey: title,
          listedAt: at,
          submittedAt: at,
          createdAt: at,
          updatedAt: at,
          tierSuggestion: { ...template['tierSuggestion'], tier },
          tierDecision: decision,
          tierDecisions: [decision],
          tierStatus: 'confirmed',
          tierRank: tiers.indexOf(tier) + 1,
        });
        versions.push({ ...version, _id: new mongo.ObjectId(), submissionId: id.toHexString(), title, abstract, authorIds, content: { ...content, summary, hazards } });
        for (const userId of authorIds) authorships.push({ submissionId: id.toHexString(), userId, createdAt: at });
        for (const term of searchWordsOf(title)) terms.push({ venueId, term, submissionId: id.toHexString() });
      }
      const t0 = Date.now();
      await db.collection('submissions').insertMany(submissions);
      const t1 = Date.now();
      await db.collection('statement_versions').insertMany(versions);
      const t2 = Date.now();
      await db.collection('submission_authors').insertMany(authorships);
      await db.collection('submission_search_terms').insertMany(terms);
      if (process.env['SEED_TRACE']) log(`  batch ${start}: submissions ${t1 - t0} ms, versions ${t2 - t1} ms, rest ${Date.now() - t2} ms`);
    }
    log(`statements: ${options.statements} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

    // Declared conflicts: one in ten statements names a reviewer of its topic.
    const conflicts: mongo.Document[] = [];
    statementIds.forEach((submissionId, s) => {
      if (s % 10 !== 3) return;
      const candidates = byTopic[statementTopic[s] as number] ?? [];
      if (candidates.length === 0) return;
      const r = pick(candidates);
      if (r === coAuthorReviewer[s]) return;
      conflicts.push({
        venueId,
        submissionId,
        userId: (reviewers[r] as BenchAuthor).userId,
        type: pick(['recent_collaborator', 'advisor_advisee', 'institutional', 'personal'] as const),
        reason: 'Declared by the authors',
        declaredById: first.userId,
        declaredAt: now,
        withdrawnAt: null,
        withdrawnById: null,
        revision: 1,
      });
    });
    for (let i = 0; i < conflicts.length; i += 2000) await db.collection('conflicts').insertMany(conflicts.slice(i, i + 2000));

    // Bids: each reviewer bids on about eight statements, mostly of their own topic.
    const statementsByTopic = TOPICS.map((_, t) => statementTopic.flatMap((st, s) => (st === t ? [s] : [])));
    const levels = ['very_high', 'high', 'neutral', 'low', 'very_low'] as const;
    const bids: mongo.Document[] = [];
    const seenBid = new Set<string>();
    reviewers.forEach((reviewer, r) => {
      for (let b = 0; b < 8; b++) {
        const own = random() < 0.8;
        const list = statementsByTopic[reviewerTopic[r] as number] ?? [];
        if (own && list.length === 0) continue;
        const s = own ? pick(list) : Math.floor(random() * statementIds.length);
        const key = `${s}:${r}`;
        if (seenBid.has(key)) continue;
        seenBid.add(key);
        bids.push({
          venueId,
          submissionId: statementIds[s],
          reviewerId: reviewer.userId,
          level: own ? pick(levels.slice(0, 3)) : pick(levels.slice(2)),
          updatedAt: now,
        });
      }
    });
    for (let i = 0; i < bids.length; i += 5000) await db.collection('bids').insertMany(bids.slice(i, i + 5000));
    log(`conflicts: ${conflicts.length}, bids: ${bids.length} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    return {
      venueId,
      chair,
      reviewers: reviewers.slice(0, 20),
      counts: {
        statements: options.statements,
        reviewers: reviewers.length,
        authors: authors.length,
        conflicts: conflicts.length,
        bids: bids.length,
        sharedPublications,
        slots: statementTopic.reduce((sum, _, i) => {
          const tier = tiers[i % 3] as (typeof tiers)[number];
          return sum + DEFAULT_TIER_POLICY[tier].expertReviewers + DEFAULT_TIER_POLICY[tier].communityReviewers;
        }, 0),
      },
    };
  } finally {
    await client.close();
  }
}
