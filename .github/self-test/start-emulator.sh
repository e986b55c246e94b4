#!/usr/bin/env bash
# Starts the provider emulator (emulator/cli.ts) in the background on $EMULATOR_PORT with the
# self-test's targets (seeds.json), and returns once it answers on $EMULATOR_URL.
# Used by .github/workflows/self-test.yml, and by its local run in __tests__/self-test.test.ts.
set -euo pipefail
: "${EMULATOR_PORT:?}" "${EMULATOR_URL:?}" "${RUNNER_TEMP:?}"

log="$RUNNER_TEMP/emulator.log"
npm run emulator -- --port "$EMULATOR_PORT" --cancel-delay-ms 1000 \
  --seed .github/self-test/seeds.json > "$log" 2>&1 &
echo $! > "$RUNNER_TEMP/emulator.pid"

for _ in $(seq 1 90); do
  if curl -fsS "$EMULATOR_URL/__emulator/health" > /dev/null 2>&1; then
    echo "emulator answering on $EMULATOR_URL"
    exit 0
  fi
  sleep 1
done
cat "$log"
echo "::error::the emulator did not answer on $EMULATOR_URL within 90 s"
exit 1
