/**
 * Domain string unions become GraphQL enums with the same (lowercase) values, so the web app
 * uses the domain's labels and schemas on API data without translation.
 */
export function enumOf<V extends string>(values: readonly V[]): Record<V, V> {
  return Object.fromEntries(values.map((value) => [value, value])) as Record<V, V>;
}

export function described<V extends string>(labels: Record<V, string>) {
  return Object.fromEntries(Object.entries(labels).map(([key, description]) => [key, { description }])) as Record<
    V,
    { description: string }
  >;
}
