import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "docs-site/**", "coverage/**", "node_modules/**"] },
  ...tseslint.configs.recommended,
  {
    // A leading underscore marks a parameter kept for the signature's sake (a documented
    // options argument not used yet, a callback's position): the usual convention.
    rules: { "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" }] },
  },
  {
    files: ["src/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["node:*"], message: "src must run in browsers and workers: no node: imports (only src/cli may)." }] }],
      "no-restricted-syntax": [
        "error",
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: "No clock in src: take asOf as input." },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "No clock in src: take asOf as input." },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: "No randomness in src." },
        { selector: "CallExpression[callee.object.name='Decimal'][callee.property.name='set']", message: "Never configure the user's decimal.js: use core/money's private clone." },
      ],
      "@typescript-eslint/no-explicit-any": "error",
    },
  },
  {
    files: ["src/cli/**/*.ts"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    files: ["test/**/*.ts", "examples/**/*.ts", "scripts/**/*.ts"],
    rules: { "@typescript-eslint/no-non-null-assertion": "off" },
  },
);
