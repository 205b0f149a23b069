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
import { mixedCase } from './ids.js';

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

export const NASTY_STRINGS = [
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
// Floats at the ends of what a double holds, and just past sane limits.
export const EXTREME_FLOATS = [0, -0.0001, 1, 8, 18, 99.999, 100, 100.0001, 1e9, 1e15, -1e15, 1.7e308, -1.7e308, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, 0.1 + 0.2];
// Dates at the edges of the calendar and of the pilots' weeks.
export const EDGE_DATES = ['9999-12-31', '0001-01-01', '1970-01-01', '1999-12-31', '2000-01-01', '2100-12-31', '2101-01-01', '2024-02-29', '2026-02-29', '2026-03-02', '2026-03-09', '2026-03-29', '+275760-09-13', '2026-3-2'];

/** Builds random, often hostile, values for GraphQL input types. */
// Which kind of record an id argument names, by its name; other names (`id`, `recordId`) take any known id.
const ID_KINDS: [RegExp, string][] = [
  [/^program/, 'program'],
  [/^pilot/, 'pilot'],
  [/^activit/, 'activity'],
  [/^metric/, 'metric'],
  [/^import/, 'import'],
  [/^checkIn/, 'checkIn'],
  [/unit/i, 'unit'],
  [/user|owner|member|actor/i, 'user'],
];

export class ValueFuzzer {
  private readonly knownIds: string[];

  /** `ids`: the records the run knows, by kind (`pilot`, `unit`, `user`…). */
  constructor(
    private readonly random: () => number,
    private readonly ids: Record<string, string[]>,
  ) {
    this.knownIds = Object.values(ids).flat();
  }

  /** A known id of the kind an argument's name suggests (`pilotId` → a pilot, `unitIds` → a unit), in any spelling. */
  idFor(name: string): string {
    const kind = ID_KINDS.find(([pattern]) => pattern.test(name))?.[1];
    const candidates = (kind && this.ids[kind]) || this.knownIds;
    return this.spelled(this.pick(candidates));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)] as T;
  }

  /** A known id spelled as stored, upper-cased or in mixed case: all three name the same record. */
  knownId(): string {
    return this.spelled(this.pick(this.knownIds));
  }

  /** The id as stored, upper-cased or in mixed case (one draw, so the run stays the same whatever the ids). */
  spelled(id: string): string {
    const spelling = this.random();
    if (spelling < 0.5) return id;
    if (spelling < 0.75) return id.toUpperCase();
    return mixedCase(id);
  }

  /** `name` is the argument or input field the value is for (dates are picked by name). */
  value(type: GraphQLInputType, depth = 0, name = ''): unknown {
    if (this.random() < 0.05) return this.pick([null, 42, 'wrong type', true, [], {}]);
    if (isNonNullType(type)) return this.value(type.ofType, depth, name);
    if (isListType(type)) return Array.from({ length: Math.floor(this.random() * 4) }, () => this.value(type.ofType, depth + 1, name));
    if (isEnumType(type)) return this.random() < 0.9 ? this.pick(type.getValues()).value : 'not_a_value';
    if (isInputObjectType(type)) {
      if (depth > 4) return {};
      return Object.fromEntries(
        Object.values(type.getFields())
          .filter(() => this.random() < 0.9)
          .map((field) => [field.name, this.value(field.type, depth + 1, field.name)]),
      );
    }
    if (isScalarType(type)) {
      switch (type.name) {
        case 'Int':
          return this.pick(NASTY_NUMBERS);
        case 'Float':
          return this.random() < 0.7 ? this.pick(EXTREME_FLOATS) : this.pick(NASTY_NUMBERS);
        case 'Boolean':
          return this.random() < 0.5;
        case 'ID':
          return this.random() < 0.7 ? this.knownId() : this.pick(NASTY_STRINGS);
        case 'String':
          if (/(date|Date|weekStart|from|to)$/.test(name) && this.random() < 0.8) return this.pick(EDGE_DATES);
          return this.random() < 0.7 ? this.pick(NASTY_STRINGS) : `fuzz ${Math.floor(this.random() * 1e6)}`;
        default:
          return this.random() < 0.7 ? this.pick(NASTY_STRINGS) : `fuzz ${Math.floor(this.random() * 1e6)}`;
      }
    }
    return null;
  }

  /**
   * A value that could pass validation: known ids (in any spelling), sane numbers, dates inside
   * the pilots' weeks, long-enough text, now and then an extreme number or an edge date. These
   * calls get past NOT_FOUND and BAD_USER_INPUT to real writes.
   */
  plausible(type: GraphQLInputType, depth = 0, name = ''): unknown {
    if (isNonNullType(type)) return this.plausible(type.ofType, depth, name);
    if (isListType(type)) return Array.from({ length: 1 + Math.floor(this.random() * 2) }, () => this.plausible(type.ofType, depth + 1, name));
    if (isEnumType(type)) return this.pick(type.getValues()).value;
    if (isInputObjectType(type)) {
      if (depth > 4) return {};
      return Object.fromEntries(Object.values(type.getFields()).map((field) => [field.name, this.plausible(field.type, depth + 1, field.name)]));
    }
    if (!isScalarType(type)) return null;
    const extreme = this.random() < 0.1;
    switch (type.name) {
      case 'Int':
        return extreme ? this.pick(NASTY_NUMBERS) : this.pick([1, 1, 2, 3, 4]);
      case 'Float':
        return extreme ? this.pick(EXTREME_FLOATS) : this.pick([8, 12, 18, 42.5, 90]);
      case 'Boolean':
        return this.random() < 0.5;
      case 'ID':
        return this.idFor(name);
      default:
        if (/(date|Date|weekStart|from|to)$/.test(name)) return extreme ? this.pick(EDGE_DATES) : this.pick(['2026-03-02', '2026-03-09', '2026-03-16', '2026-04-06']);
        if (/email$/i.test(name)) return `fuzz.${Math.floor(this.random() * 1e6)}@test.example`;
        if (/password$/i.test(name)) return this.pick(['a long enough passphrase', 'correct horse battery staple 42']);
        return `Fuzzed ${name || 'text'} ${Math.floor(this.random() * 1e6)} written long enough to pass the minimum length of commentary fields.`;
    }
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

  /** One operation document plus variables for a root field, with hostile or plausible values. */
  operation(
    kind: 'query' | 'mutation',
    field: GraphQLField<unknown, unknown>,
    values: 'hostile' | 'plausible' = 'hostile',
  ): { document: string; variables: Record<string, unknown> } {
    const args = field.args.filter((arg) => isNonNullType(arg.type) || this.random() < 0.7);
    const declarations = args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
    const call = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
    const returnType = getNamedType(field.type);
    const selection = isObjectType(returnType) ? ` { ${this.selection(returnType)} }` : '';
    const document = `${kind} Fuzz${declarations ? `(${declarations})` : ''} { ${field.name}${call ? `(${call})` : ''}${selection} }`;
    const valueOf = (arg: (typeof args)[number]) => (values === 'plausible' ? this.plausible(arg.type, 0, arg.name) : this.value(arg.type, 0, arg.name));
    return { document, variables: Object.fromEntries(args.map((arg) => [arg.name, valueOf(arg)])) };
  }
}
