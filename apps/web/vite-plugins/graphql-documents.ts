import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

// Codegen's `graphql()` looks each document up in one map of every document of the app, so the
// first page loaded all of them (26 kB gzip). This replaces each `graphql(`…`)` call with the
// document codegen generated for it, written out where it is used: a page's chunk then carries only
// its own documents (what the client preset's Babel plugin does, without adding Babel to the build).

const CALL = /\bgraphql\(\s*`([\s\S]*?)`\s*\)/g;
const DEFINITION = /^\s*(query|mutation|subscription|fragment)\s+(\w+)/m;
const GENERATED = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode/gm;

export function graphqlDocuments(root: string): Plugin {
  const generated = path.join(root, 'src/gql/graphql.ts');
  let documents: Map<string, string> | undefined;
  const read = () => new Map([...readFileSync(generated, 'utf8').matchAll(GENERATED)].map(([, name = '', json = '']) => [name, json]));
  return {
    name: 'rollout:graphql-documents',
    enforce: 'pre',
    buildStart() {
      documents = undefined;
    },
    watchChange(id) {
      if (id === generated) documents = undefined;
    },
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.startsWith(path.dirname(generated)) || !code.includes('graphql(`')) return null;
      this.addWatchFile(generated);
      documents ??= read();
      const known = documents;
      const replaced = code.replace(CALL, (call: string, body: string) => {
        const [, kind, name] = DEFINITION.exec(body) ?? [];
        const json = known.get(kind === 'fragment' ? `${name}FragmentDoc` : `${name}Document`);
        if (!json) throw new Error(`${id}: no generated document for "${name ?? body.slice(0, 40)}" — run \`npm run codegen\`.`);
        return `(${json})`;
      });
      return { code: replaced, map: null };
    },
  };
}
