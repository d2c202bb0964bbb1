# SPDX-License-Identifier: GPL-2.0-or-later
# shellcheck shell=bash
# Progress lines for the set-up scripts (sourced): one short line per slow step on stderr, and,
# when a step fails, its name and the tail of the tool's own output.

progress_started=$SECONDS

# progress_step TEXT: "==> TEXT" with the seconds spent so far.
progress_step() { printf '==> [%4ss] %s\n' "$((SECONDS - progress_started))" "$*" >&2; }

progress_done() { printf '==> [%4ss] %s\n' "$((SECONDS - progress_started))" "$*" >&2; }

# progress_fail STEP TEXT...: "FAILED: STEP: TEXT".
progress_fail() {
  local step=$1
  shift
  printf '==> FAILED: %s: %s\n' "$step" "$*" >&2
}

# progress_run LOG COMMAND...: runs COMMAND with its output appended to LOG (quiet on success).
progress_run() {
  local log=$1
  shift
  { printf '$ %s\n' "$*"; } >>"$log"
  "$@" >>"$log" 2>&1
}

# progress_tail LOG: the last 25 lines of LOG, indented, and where the whole log is.
progress_tail() {
  tail -n 25 "$1" | sed 's/^/    /' >&2
  printf '    (whole output: %s)\n' "$1" >&2
}

# progress_or_fail STEP COMMAND...: runs COMMAND (output shown); on failure names the step and
# passes the exit status on.
progress_or_fail() {
  local step=$1 rc=0
  shift
  "$@" || rc=$?
  if ((rc != 0)); then
    progress_fail "$step" "exit status $rc (the output above says why)"
  fi
  return "$rc"
}
