# Shared by the load scripts in bench/load: runs wrk on one target and prints a summary table with ratios to the
# static-file baseline of the same run. Source it; set THREADS, CONNECTIONS, DURATION and ROOT first.
# run <name> <url> [extra wrk/curl header]  fills RPS, P99 and ERR for <name>.
declare -A RPS P99 ERR
run() {
  local name="$1" url="$2" header="${3:-}"
  local -a headers=()
  [[ -n "$header" ]] && headers=(-H "$header")
  curl -kfsS -o /dev/null "${headers[@]}" "$url" || { echo "$name: $url does not answer 2xx"; exit 1; }
  local line
  line="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" "${headers[@]}" -s "$ROOT/bench/load/report.lua" "$url" | grep '^RESULT')"
  eval "local ${line#RESULT }"
  RPS[$name]="$(python3 -c "print(f'{$requests / ($duration_us / 1e6):.0f}')")"
  P99[$name]="$(python3 -c "print(f'{$p99_us / 1000:.1f}')")"
  ERR[$name]=$((connect + read + write + status + timeout))
  echo "$name: ${RPS[$name]} req/s, p50 $(python3 -c "print(f'{$p50_us / 1000:.1f}')") ms, p99 ${P99[$name]} ms, errors ${ERR[$name]} (connect $connect, read $read, write $write, status $status, timeout $timeout)"
}

# summarize <p99 goal ms> <minimum ratio to static> <names...>: the table; returns 3 when a goal was missed.
summarize() {
  local p99_goal="$1" min_ratio="$2"
  shift 2
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  printf '%-10s %10s %10s %8s %18s %s\n' target "req/s" "p99 ms" errors "ratio to static" goal
  local status=0 name ratio goal
  for name in "$@"; do
    ratio="$(python3 -c "print(f'{${RPS[$name]} / max(${RPS[static]}, 1):.3f}')")"
    goal="-"
    if [[ "$name" != static ]]; then
      if [[ "${ERR[$name]}" -eq 0 ]] && python3 -c "import sys; sys.exit(0 if ${P99[$name]} < $p99_goal and $ratio >= $min_ratio else 1)"; then goal="met"; else goal="MISSED"; status=3; fi
    fi
    printf '%-10s %10s %10s %8s %18s %s\n' "$name" "${RPS[$name]}" "${P99[$name]}" "${ERR[$name]}" "$ratio" "$goal"
  done
  return $status
}
