import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';

/** Small seeded PRNG (mulberry32): the same seed gives the same operations. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NASTY_STRINGS = [
  '',
  ' ',
  'x'.repeat(10_000),
  '💥🚀 ünïcödé 中文 עברית',
  "'; DROP TABLE program; --",
  '" OR 1=1 --',
  '<script>alert(1)</script>',
  '%_\\',
  '\u0000nul',
  '../../etc/passwd',
  '{"$gt": ""}',
  '2026-02-30',
  '2026-01-05',
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  '=cmd|/c calc!A1',
];
const NASTY_NUMBERS = [0, -1, 1, 2, 25, 100, 101, -2147483648, 2147483647, 3.5];

/** Builds random, often hostile, values for GraphQL input types. */
export class ValueFuzzer {
  constructor(
    private readonly random: () => number,
    private readonly knownIds: string[],
  ) {}

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)] as T;
  }

  value(type: GraphQLInputType, depth = 0): unknown {
    if (this.random() < 0.05) return this.pick([null, 42, 'wrong type', true, [], {}]);
    if (isNonNullType(type)) return this.value(type.ofType, depth);
    if (isListType(type)) return Array.from({ length: Math.floor(this.random() * 4) }, () => this.value(type.ofType, depth + 1));
    if (isEnumType(type)) return this.random() < 0.9 ? this.pick(type.getValues()).value : 'not_a_value';
    if (isInputObjectType(type)) {
      if (depth > 4) return {};
      return Object.fromEntries(
        Object.values(type.getFields())
          .filter(() => this.random() < 0.9)
          .map((field) => [field.name, this.value(field.type, depth + 1)]),
      );
    }
    if (isScalarType(type)) {
      switch (type.name) {
        case 'Int':
          return this.pick(NASTY_NUMBERS);
        case 'Boolean':
          return this.random() < 0.5;
        case 'ID':
          return this.random() < 0.6 ? this.pick(this.knownIds) : this.pick(NASTY_STRINGS);
        default:
          return this.random() < 0.7 ? this.pick(NASTY_STRINGS) : `fuzz ${Math.floor(this.random() * 1e6)}`;
      }
    }
    return null;
  }

  /** A selection of the scalar fields of an object type (one level of nesting). */
  selection(type: GraphQLObjectType, depth = 0): string {
    const fields = Object.values(type.getFields()).filter((field) => field.args.every((arg) => !isNonNullType(arg.type)));
    const parts = fields
      .filter(() => this.random() < 0.7)
      .map((field) => {
        const named = getNamedType(field.type);
        if (isObjectType(named)) return depth < 2 ? `${field.name} { ${this.selection(named, depth + 1)} }` : '';
        return field.name;
      })
      .filter(Boolean);
    return parts.length ? parts.join(' ') : '__typename';
  }

  /** One operation document plus variables for a root field. */
  operation(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): { document: string; variables: Record<string, unknown> } {
    const args = field.args.filter((arg) => isNonNullType(arg.type) || this.random() < 0.7);
    const declarations = args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
    const call = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
    const returnType = getNamedType(field.type);
    const selection = isObjectType(returnType) ? ` { ${this.selection(returnType)} }` : '';
    const document = `${kind} Fuzz${declarations ? `(${declarations})` : ''} { ${field.name}${call ? `(${call})` : ''}${selection} }`;
    return { document, variables: Object.fromEntries(args.map((arg) => [arg.name, this.value(arg.type)])) };
  }
}
