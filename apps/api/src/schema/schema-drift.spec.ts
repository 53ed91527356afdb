import { readFileSync } from 'node:fs';
import path from 'node:path';
import { RESOLVER_TYPE_METADATA } from '@nestjs/graphql/dist/graphql.constants';
import { AppModule } from '../app/app.module';
import { GRAPHQL_RESOLVERS, type ResolverClass } from '../app/graphql-resolvers';
import { buildSchemaSdl, SCHEMA_FILE } from './build-schema';

/** Walks the module tree and collects every provider class that is a GraphQL resolver. */
function resolversProvidedByModules(): ResolverClass[] {
  const seen = new Set<unknown>();
  const found = new Set<ResolverClass>();
  const visit = (mod: unknown): void => {
    if (!mod || seen.has(mod)) return;
    seen.add(mod);
    const moduleClass = (mod as { module?: unknown }).module ?? mod;
    const dynamic = mod as { imports?: unknown[]; providers?: unknown[] };
    const imports = [...(Reflect.getMetadata('imports', moduleClass as object) ?? []), ...(dynamic.imports ?? [])];
    const providers = [...(Reflect.getMetadata('providers', moduleClass as object) ?? []), ...(dynamic.providers ?? [])];
    for (const provider of providers) {
      if (typeof provider === 'function' && Reflect.getMetadata(RESOLVER_TYPE_METADATA, provider) !== undefined) {
        found.add(provider);
      }
    }
    imports.forEach(visit);
  };
  const root = AppModule.register({
    config: {} as never,
    mongodbUri: 'mongodb://127.0.0.1:1/unused',
    logger: { error: () => undefined } as never,
  });
  visit(root);
  return [...found];
}

describe('GraphQL schema', () => {
  it('matches the committed schema file (run `npm run schema:generate` after changing the API)', async () => {
    const committed = readFileSync(path.resolve(__dirname, '../../../../', SCHEMA_FILE), 'utf8');
    expect(await buildSchemaSdl()).toBe(committed);
  });

  it('is built from every resolver the modules provide', () => {
    const listed = new Set<ResolverClass>(GRAPHQL_RESOLVERS);
    const missing = resolversProvidedByModules().filter((resolver) => !listed.has(resolver));
    expect(missing.map((r) => r.name)).toEqual([]);
  });
});
