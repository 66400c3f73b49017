#!/usr/bin/env bash
# Prints the CINs a server answers for the fixed name-search queries, one line per query ("query|cin cin ..."), so
# runs on the generated million-company registry can be compared with bench/expected/mca-search.txt.
# Usage: mca-search-check.sh <base URL> <JWT>
set -euo pipefail
queries=("narmada gupta" "kaveri sh" "roadways" "sahyadri info" "shree patel steel" "deccan mehta" "ganga yadav"
  "tapti yadav motors" "narmada pat" "gupta roadways" "indus bose pharma pvt ltd" "akash sh")
for query in "${queries[@]}"; do
  cins=$(curl -fs -G "$1/api/v2/mca/search" --data-urlencode "name=$query" --data-urlencode "limit=100" -H "Authorization: JWT $2" \
    | jq -r '[.data[].cin] | join(" ")')
  echo "$query|$cins"
done
