// Lint and layering. The layering rules keep data flowing one way (definitions -> model ->
// constructs -> stacks): a violation fails `npm test`, not only a review.
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import tseslint from "typescript-eslint";

const cdktf = ["cdktf", "cdktf/*", "@cdktf/*", "constructs"];
const grafanaSdk = ["@grafana/grafana-foundation-sdk", "@grafana/grafana-foundation-sdk/*"];
const intoTargets = ["**/constructs/**", "**/stacks/**", "**/.gen/**"];

export default tseslint.config(
  { ignores: [".gen/**", "dist/**", "cdktf.out/**", "cdktf.out.*/**", ".cdktf.out.*/**", "coverage/**", "node_modules/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: {
      globals: { require: "readonly", module: "writable", process: "readonly", __dirname: "readonly", console: "readonly" },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-require-imports": "off",
      eqeqeq: ["error", "smart"],
    },
  },
  {
    // Tests read synthesized JSON, whose shape is the provider's, not ours.
    files: ["__tests__/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // The engine is not cdktf: it knows no construct, stack, provider binding or cdktf type.
    files: ["engine/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: [...cdktf, ...intoTargets], message: "engine/ imports nothing of cdktf, providers, constructs/ or stacks/." },
          ],
        },
      ],
    },
  },
  {
    // The model owns numbers and nothing of a target's SDK.
    files: ["engine/model/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [...cdktf, ...grafanaSdk, ...intoTargets],
              message: "engine/model imports neither cdktf, nor provider packages, nor the Grafana SDK.",
            },
          ],
        },
      ],
    },
  },
  {
    // Constructs render the model; composing them is the stacks' job.
    files: ["constructs/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/stacks/**", "../stacks", "../../stacks"], message: "constructs never import stacks." }] },
      ],
    },
  },
  {
    // Definitions are written with the definitions API (and may share constants with one another);
    // they never reach into the engine's internals, constructs, stacks or cdktf.
    files: ["config/**/*.ts", "slos/**/*.ts", "alerts/**/*.ts", "logs/**/*.ts", "dashboards/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [...cdktf, ...intoTargets, "**/engine/*", "!**/engine/definitions", "**/engine/definitions/*"],
              message: "definition files import only the definitions API (engine/definitions) and each other.",
            },
          ],
        },
      ],
    },
  },
);
