// Every operation the web app sends must pass the API's query limits with room to spare, so a
// limit can never break a page. The documents are the ones graphql-codegen generated from the web
// sources (apps/web/src/gql), checked against the committed schema.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  Kind,
  specifiedRules,
  validate,
  type DocumentNode,
  type OperationDefinitionNode,
} from 'graphql';
import { MAX_PAGE_SIZE } from '@impact-review/domain';
import {
  aliasLimitRule,
  depthLimitRule,
  operationCost,
  QUERY_LIMITS,
} from '../app/common/graphql/query-limits';
import { SCHEMA_FILE } from './build-schema';

const ROOT = path.resolve(__dirname, '../../../..');
const GENERATED = path.join(ROOT, 'apps/web/src/gql/graphql.ts');

async function webDocuments(): Promise<[string, DocumentNode][]> {
  // Loaded by path at run time: the API must not import the web app, but it may read what it sends.
  const generated = (await import(GENERATED)) as Record<string, unknown>;
  return Object.entries(generated).filter(
    (entry): entry is [string, DocumentNode] =>
      entry[0].endsWith('Document') &&
      (entry[1] as DocumentNode | undefined)?.kind === Kind.DOCUMENT &&
      (entry[1] as DocumentNode).definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION),
  );
}

describe('the web app operations and the query limits', () => {
  const schema = buildSchema(readFileSync(path.join(ROOT, SCHEMA_FILE), 'utf8'));
  let documents: [string, DocumentNode][] = [];

  beforeAll(async () => {
    documents = await webDocuments();
  });

  it('finds the generated operations', () => {
    expect(documents.length).toBeGreaterThan(15);
    expect(documents.map(([name]) => name)).toEqual(
      expect.arrayContaining(['MeDocument', 'VenuesDocument', 'LoginDocument']),
    );
  });

  it('each passes validation, the depth and alias limits, and half the cost budget at the largest page size', () => {
    const rules = [
      ...specifiedRules,
      depthLimitRule(QUERY_LIMITS.maxDepth),
      aliasLimitRule(QUERY_LIMITS.maxAliases),
    ];
    const report = documents.map(([name, document]) => {
      const operation = document.definitions.find(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
      );
      const errors = validate(schema, document, rules).map((e) => e.message);
      const cost = operation
        ? operationCost({ schema, document, operation, variables: { limit: MAX_PAGE_SIZE } })
        : 0;
      return { name, errors, cost };
    });
    expect(report.filter((r) => r.errors.length > 0)).toEqual([]);
    expect(report.filter((r) => r.cost > QUERY_LIMITS.maxCost / 2)).toEqual([]);
  });
});
