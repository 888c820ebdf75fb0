#!/usr/bin/env bash
# Shared by the scripts/: --help and argument errors the same way in every command.
#   mt_usage                   prints the calling script's header comment (its usage) on stdout
#   mt_help_exit "$@"          with -h or --help among the arguments: mt_usage, exit 0
#   mt_no_arguments NAME "$@"  for commands without arguments: --help as above; anything else is
#                              one line on stderr and exit 2
#   mt_bad_usage NAME MESSAGE  one line on stderr ("NAME: MESSAGE (try --help)"), exit 2

mt_usage() {
  local script="${BASH_SOURCE[${#BASH_SOURCE[@]}-1]}"
  sed -n '2,/^[^#]/p' "$script" | sed '$d' | sed 's/^# \{0,1\}//'
}

mt_help_exit() {
  local arg
  for arg in "$@"; do
    if [[ "$arg" == "-h" || "$arg" == "--help" ]]; then
      mt_usage
      exit 0
    fi
  done
}

mt_bad_usage() {
  echo "$1: $2 (try --help)" >&2
  exit 2
}

mt_no_arguments() {
  local name="$1"
  shift
  mt_help_exit "$@"
  [[ $# -eq 0 ]] || mt_bad_usage "$name" "unknown argument $1"
}
