#!/usr/bin/env bash
# Runs every test of Plateforme on a fresh Debian machine.
# Installs what the suite needs and is missing (PostgreSQL for the throwaway test clusters, Chromium for the
# browser tests: Debian's package, never a browser downloaded by a test tool),
# builds the solution, runs every test project, and ends with one "N passed, N failed" line.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null 2>&1; then
  missing+=(postgresql postgresql-contrib)
fi
if [ -z "${PLATEFORME_CHROMIUM:-}" ] && [ ! -x /usr/bin/chromium ]; then
  missing+=(chromium)
fi
# The two-node test (tests/Faults.Tests/Cluster) puts Debian's haproxy in front of two web processes.
if ! command -v haproxy >/dev/null 2>&1; then
  missing+=(haproxy)
fi
# Node.js runs the client developer's tools on the OpenAPI document (Redocly lint, openapi-typescript, tsc).
if ! command -v npm >/dev/null 2>&1; then
  missing+=(nodejs npm)
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing missing packages: ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  # Debian starts a cluster of its own on install; the tests start their own throwaway ones.
  $sudo_cmd service postgresql stop >/dev/null 2>&1 || true
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# The browser tests drive Debian's Chromium; Playwright must never fetch one of its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
# Screenshots of failed browser tests land here.
export PLATEFORME_E2E_ARTIFACTS="${PLATEFORME_E2E_ARTIFACTS:-$PWD/TestResults/e2e-failures}"

# The versions pinned in its lock file, from the npm registry (tests/Web.Tests/PublicApi/ClientTools.cs).
if [ ! -x tests/Web.Tests/ClientTools/node_modules/.bin/redocly ]; then
  (cd tests/Web.Tests/ClientTools && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi

rm -rf "$PLATEFORME_E2E_ARTIFACTS"
dotnet build Plateforme.sln -c Release -nologo -v quiet

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test Plateforme.sln -c Release --no-build -nologo \
  --logger "console;verbosity=normal" --blame-hang-timeout 5m 2>&1 | tee "$log" || status=$?

# dotnet test prints one summary per test assembly; add them up into the one closing line CI reads.
# (awk rather than grep: a count that never appears, like "Failed:" on a green run, must read as 0, not stop the script)
count() { awk -v key="$1" '{ for (i = 1; i < NF; i++) if ($i == key) { n = $(i + 1); gsub(/[^0-9]/, "", n); s += n } } END { print s + 0 }' "$log"; }
passed=$(count "Passed:")
failed=$(count "Failed:")
skipped=$(count "Skipped:")
# A failure scrolled far up a long log is easy to miss, and some readers keep only the tail: repeat each failed test
# with the start of its message just above the closing line.
if [ "$failed" -gt 0 ]; then
  echo
  echo "Failed tests:"
  awk '/^  Failed Plateforme\./ { keep = 14; print; next }
       /^  (Passed|Skipped) Plateforme\./ || /^\[xUnit/ || /^Results File/ { keep = 0 }
       keep > 0 && (!/^   *at |^--- End/ || /\/tests\/.*\.cs:line/) { print; keep-- }' "$log"
fi
# A test host that dies (killed, out of memory) leaves no summary and no failed test: name its assembly.
unfinished=$(awk '/^Test run for .*\.dll/ { n = $4; sub(/.*\//, "", n); sub(/\.dll$/, "", n); started[n] = 1 }
                  /\] +Finished: +/ { finished[$NF] = 1 }
                  END { for (n in started) if (!(n in finished)) print n }' "$log" | sort)
if [ -n "$unfinished" ]; then
  echo
  echo "Test assemblies that stopped before the end (their test host died; their tests are not counted):"
  echo "$unfinished" | sed 's/^/  /'
  [ "$status" -ne 0 ] || status=1
fi
echo
echo "Tests: ${passed} passed, ${failed} failed, ${skipped} skipped"
if [ -d "$PLATEFORME_E2E_ARTIFACTS" ] && [ -n "$(ls -A "$PLATEFORME_E2E_ARTIFACTS" 2>/dev/null)" ]; then
  echo "Screenshots of failed browser tests: $PLATEFORME_E2E_ARTIFACTS"
  ls "$PLATEFORME_E2E_ARTIFACTS" | sed 's/^/  /'
fi
if [ "$passed" -eq 0 ]; then
  echo "No test ran." >&2
  exit 1
fi
exit "$status"
