// The domain's test fixture is deliberately not part of its public index; tests share it by path.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { completeContent } from '../../../../../libs/domain/src/statement/statement-content.fixture';
import {
  artifactsFromInput,
  contentFromInput,
  linksFromInput,
  metadataFromInput,
} from './statement-content.mapper';

/** Every key anywhere in a value, and whether some array sits directly inside another. */
function shape(value: unknown, keys: string[] = []): { keys: string[]; nestedArray: boolean } {
  let nestedArray = false;
  if (Array.isArray(value)) {
    for (const item of value) {
      if (Array.isArray(item)) nestedArray = true;
      nestedArray = shape(item, keys).nestedArray || nestedArray;
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      keys.push(key);
      nestedArray = shape(child, keys).nestedArray || nestedArray;
    }
  }
  return { keys, nestedArray };
}

describe('statement content mapper', () => {
  it('keeps valid content exactly', () => {
    expect(contentFromInput(completeContent())).toEqual(completeContent());
  });

  it('drops unknown keys, operator-like keys and nested arrays before anything is stored', () => {
    const hostile = {
      ...completeContent(),
      $where: 'sleep(1000)',
      'a.b': 1,
      hazards: [{ kind: 'data_hazard', severity: 'low', description: 'x', $gt: 1 }, [['nested']]],
      affectedGroups: ['People', ['nested']],
      releasePlan: [{ ...completeContent().releasePlan[0], stages: [[{ description: 'x' }]], 'x.y': 2 }],
    };
    const content = contentFromInput(hostile);
    const { keys, nestedArray } = shape(content);
    expect(keys.filter((k) => k.startsWith('$') || k.includes('.'))).toEqual([]);
    expect(nestedArray).toBe(false);
    expect(content.hazards).toEqual([{ kind: 'data_hazard', severity: 'low', description: 'x' }]);
    expect(content.affectedGroups).toEqual(['People', '']);
    expect(content.releasePlan[0].stages).toEqual([]);
  });

  it('keeps "not yet answered" as null and never turns it into an answer', () => {
    const content = contentFromInput({
      ...completeContent(),
      hazards: [{ kind: 'data_hazard', severity: null, description: '' }],
      pathToHarm: [{ factor: 'reproducibility', rating: null, justification: '' }],
      indirectHarms: [
        { kind: 'disinformation_ratchet', applies: null, description: '' },
        { kind: 'sociotechnical_path_dependencies', applies: 'yes', description: '' },
      ],
    });
    expect(content.hazards[0].severity).toBeNull();
    expect(content.pathToHarm[0].rating).toBeNull();
    expect(content.indirectHarms.map((row) => row.applies)).toEqual([null, null]);
  });

  it('reads draft metadata field by field', () => {
    expect(
      metadataFromInput({ title: ' Voice ', abstract: 7, links: null, artifacts: 'x', content: {}, $inc: 1 }),
    ).toEqual({
      title: 'Voice',
      abstract: '',
      links: { paperUrl: '', openReviewUrl: '', doi: '', repositoryUrl: '' },
      artifacts: [],
    });
  });

  it('tidies artifacts and links', () => {
    expect(
      artifactsFromInput([
        { key: ' k ', kind: 'source_code', name: ' Code ', description: 'd', powerLevel: 'full', extra: 1 },
      ]),
    ).toEqual([{ key: 'k', kind: 'source_code', name: 'Code', description: 'd', powerLevel: 'full' }]);
    expect(linksFromInput({ paperUrl: ' https://x.org ', $set: 1 })).toEqual({
      paperUrl: 'https://x.org',
      openReviewUrl: '',
      doi: '',
      repositoryUrl: '',
    });
  });
});
