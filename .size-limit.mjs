// size-limit budgets (npm run size, a CI gate). esbuild, minified and gzipped, as an app would bundle.
// size-limit never counts peer dependencies; the entry marked `withPeers` counts zod too, since
// an app that imports purchaseFees ships it (issue 11's aim: 35 kB gzip).
const withPeers = (config) => ({ ...config, external: [] });

export default [
  {
    name: "shoulou/fees { purchaseFees }, zod (a peer the app shares) not counted: decimal.js stays out (mortgage only)",
    path: "dist/fees/index.js",
    import: "{ purchaseFees }",
    gzip: true,
    limit: "17 kB",
  },
  {
    name: "shoulou/fees { purchaseFees }, zod counted (aim 35 kB): core and fees schemas are zod/mini",
    path: "dist/fees/index.js",
    import: "{ purchaseFees }",
    gzip: true,
    limit: "27 kB",
    modifyEsbuildConfig: withPeers,
  },
  {
    name: "shoulou/core { formatYuan }: a money helper, by its digits (no Decimal)",
    path: "dist/core/index.js",
    import: "{ formatYuan }",
    gzip: true,
    limit: "5 kB",
  },
  {
    name: "shoulou/core { addDays }: a date helper",
    path: "dist/core/index.js",
    import: "{ addDays }",
    gzip: true,
    limit: "5 kB",
  },
  {
    name: "shoulou/core { explainTrace }: every rule's zh/en templates",
    path: "dist/core/index.js",
    import: "{ explainTrace }",
    gzip: true,
    limit: "38 kB",
  },
  {
    name: "shoulou (everything), zod not included",
    path: "dist/index.js",
    import: "*",
    gzip: true,
    limit: "118 kB",
  },
];
