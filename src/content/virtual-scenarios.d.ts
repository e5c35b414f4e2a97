// The scenarios as assembled and validated at build time by vite-scenarios-plugin.ts (see load-scenarios.ts).
declare module 'virtual:sexenio-scenarios' {
  const content: { readonly scenarios: readonly unknown[]; readonly errors: readonly string[] };
  export default content;
}
