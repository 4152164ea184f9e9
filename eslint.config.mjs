import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import regexp from "eslint-plugin-regexp";

const config = [
  ...nextVitals,
  ...nextTypescript,
  // Every regular expression runs in linear time: a pattern that backtracks
  // super-linearly on some input is a denial of service waiting for that input.
  regexp.configs["flat/recommended"],
  {
    rules: {
      "regexp/no-super-linear-backtracking": "error",
      "regexp/no-super-linear-move": "error",
    },
  },
  {
    // Components receive data and call server actions from lib/actions; they never reach up into routes.
    files: ["components/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["@/app", "@/app/*"], message: "Import server actions from @/lib/actions, not from app/." }] }],
    },
  },
  {
    // lib/ outside lib/server and lib/actions is the pure domain: it runs anywhere (tests, client
    // components, scripts) because it reaches no framework, database or data-access module.
    files: ["lib/**/*.ts", "lib/**/*.tsx"],
    ignores: ["lib/server/**", "lib/actions/**", "lib/**/*.test.ts", "lib/**/*.test.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["next", "next/*", "react", "react/*", "react-dom", "react-dom/*", "server-only", "@prisma/*", "@/generated/*", "@/lib/server", "@/lib/server/*", "@/lib/actions", "@/lib/actions/*", "**/server/*", "**/actions/*"],
              message: "Pure lib/ imports no Next, React, Prisma, lib/server or lib/actions: move the code that needs them into lib/server.",
            },
          ],
        },
      ],
    },
  },
  {
    ignores: [".next/**", "generated/**", "node_modules/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
];

export default config;
