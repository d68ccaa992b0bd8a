#!/usr/bin/env bash
# The whole quality gate, as `npm test` runs it (README: "npm ci && npm test").
# Every step runs even when an earlier one fails, so one run shows everything;
# the script exits non-zero if any step failed and ends with one line:
#   N passed, N failed
# counting every Vitest and Playwright test, plus each gate that is not a test
# runner (lint, astro check, builds) as one check.
set -uo pipefail
cd "$(dirname "$0")/.."
export ASTRO_TELEMETRY_DISABLED=1
# A production build must name its address (astro.config.mjs); the tested build names the placeholder.
export SITE_URL="${SITE_URL:-https://retrostride.example}"
rm -rf test-results dist dist-base
mkdir -p test-results
gates_passed=0
gates_failed=0
failed_steps=()

step() {
	local name=$1
	shift
	echo
	echo "=== $name"
	if "$@"; then
		return 0
	else
		failed_steps+=("$name")
		return 1
	fi
}
gate() {
	if step "$@"; then gates_passed=$((gates_passed + 1)); else gates_failed=$((gates_failed + 1)); fi
}

echo "Node $(node --version) from $(command -v node)"

gate "lint and format (biome)" npx biome ci --colors=off .
gate "types (astro check)" npx astro check --minimumSeverity warning
step "unit, component and integration tests (vitest)" npx vitest run
gate "production build" npx astro build
gate "production build under a sub-path (BASE_PATH=/retro/)" env BASE_PATH=/retro/ npx astro build --outDir dist-base

if [[ -d dist ]] && chromium=$(bash scripts/find-chromium.sh); then
	echo "Chromium: $chromium"
	touch test-results/playwright.ran
	CHROMIUM_PATH="$chromium" step "end-to-end tests (playwright, chromium)" npx playwright test
else
	gate "end-to-end tests need a build and a Chromium" false
fi

echo
if ((${#failed_steps[@]} > 0)); then
	echo "Failed: ${failed_steps[*]}"
fi
node scripts/test-summary.mjs "$gates_passed" "$gates_failed" | tee test-results/summary.txt
((${#failed_steps[@]} == 0))
