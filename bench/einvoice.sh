#!/usr/bin/env bash
# E-invoice benchmark: import throughput (first import with full verification, and repeats) and IRN list latency on
# a store of a million e-invoices, against /health/live in the same run. Writes bench/results/einvoice.md.
#
# The sandbox seeds 2400 signed e-invoices for the demo account. They are exported through the detail API as IRP
# responses and imported into a fresh "bench" account; then a million more rows are bulk-inserted into that
# account's store with sqlite3 (copies of an imported row with their own IRN, GSTIN side and acknowledgement time,
# spread over the 12 months before this one) and the list is measured on them.
set -euo pipefail
cd "$(dirname "$0")"
source ./lib.sh

duration=${BENCH_DURATION:-10s}
rows=${BENCH_EINVOICE_ROWS:-1000000}
gstins=(27AAPFU0939F1ZV 24AACCT3352M1Z9 06AABCO6063D1ZQ)

ensure_packages jq sqlite3
bench_start_server
work="$BENCH_DATA/einvoice"
mkdir -p "$work"
api="$BENCH_URL/api/v2/saas-apis/irn"
seconds() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

# --- A bench account that owns the demo GSTINs ------------------------------------------------------------------------
admin="Authorization: JWT $(bench_login admin sangam-admin)"
curl -fs -X POST "$BENCH_URL/api/v2/admin/accounts" -H "$admin" -H 'Content-Type: application/json' \
  -d '{"slug": "bench", "name": "Bench Traders", "families": ["irn"]}' >/dev/null
for gstin in "${gstins[@]}"; do curl -fs -X PUT "$BENCH_URL/api/v2/admin/accounts/bench/gstins/$gstin" -H "$admin" >/dev/null; done
curl -fs -X POST "$BENCH_URL/api/v2/admin/accounts/bench/users" -H "$admin" -H 'Content-Type: application/json' \
  -d '{"username": "bench", "password": "bench-password-0123456789"}' >/dev/null
demo="Authorization: JWT $(bench_login demo sangam-demo)"
bench="Authorization: JWT $(bench_login bench bench-password-0123456789)"

# --- Export the demo account's e-invoices as IRP responses ------------------------------------------------------------
: >"$work/items.json"
for back in $(seq 1 12); do
  month=$(date -d "$(date +%Y-%m-01) -$back month" +%Y-%m)
  for gstin in "${gstins[@]}"; do
    for type in sales purchase; do
      curl -fs "$api/?year=${month%-*}&month=$((10#${month#*-}))&irn_type=$type" -H "$demo" -H "Gstin: $gstin" \
        | jq -c --arg g "$gstin" '.data[] | {irn, gstin: $g}' >>"$work/items.json"
    done
  done
done
jq -rs --arg auth "$demo" --arg api "$api" '[unique_by(.irn)[] | "url = \"\($api)/\(.irn)\"\nheader = \"\($auth)\"\nheader = \"Gstin: \(.gstin)\""] | join("\nnext\n")' \
  "$work/items.json" >"$work/details.cfg"
curl -fs --no-progress-meter -Z --parallel-max 8 -K "$work/details.cfg" | jq -c '{
    AckNo: (.ackNo | tonumber), AckDt: .ackDt, Irn: .irn, SignedInvoice, SignedQRCode, Status: .irnStatus,
    EwbNo: (if .EwbNo == "" then null else (.EwbNo | tonumber) end), EwbDt: (if .EwbDt == "" then null else .EwbDt end),
    EwbValidTill: (if .EwbValidTill == "" then null else .EwbValidTill end), CancelDate: (if .cnldt == "" then null else .cnldt end)}' \
  >"$work/responses.jsonl"
exported=$(wc -l <"$work/responses.jsonl")
split -l 500 -d "$work/responses.jsonl" "$work/batch-"
for part in "$work"/batch-*; do jq -s . "$part" >"$part.json"; done

# --- Import throughput ----------------------------------------------------------------------------------------------
import_all() { # <expected outcome key> — posts every batch, prints seconds
  local start end
  start=$(seconds)
  for batch in "$work"/batch-*.json; do
    curl -fs -X POST "$api/import" -H "$bench" -H 'Content-Type: application/json' --data-binary "@$batch" \
      | jq -e --arg key "$1" '.[$key] == .received' >/dev/null || { echo "import of $batch was not all $1" >&2; exit 1; }
  done
  end=$(seconds)
  elapsed "$start" "$end"
}
first=$(import_all imported)
repeat=$(import_all unchanged)
head -n 100 "$work/responses.jsonl" | jq -sc . >"$work/hundred.json"
export BODY_FILE="$work/hundred.json" AUTH="${bench#Authorization: }"
curl -fs -X POST "$api/import" -H "$bench" -H 'Content-Type: application/json' --data-binary "@$BODY_FILE" \
  | jq -e '.unchanged == 100' >/dev/null || { echo "the 100-item import did not answer 100 unchanged" >&2; exit 1; }
wrk -t2 -c4 -d2s -s scripts/post-file.lua "$api/import" >/dev/null
import_wrk=$(bench_wrk "POST import, 100 known e-invoices per request" -t2 -c4 -d"$duration" -s scripts/post-file.lua "$api/import")

# --- A million e-invoices ---------------------------------------------------------------------------------------------
db="$BENCH_DATA/sangam.db"
account=$(sqlite3 "$db" "SELECT id FROM accounts WHERE slug = 'bench'")
template=$(sqlite3 "$db" "SELECT id FROM e_invoices WHERE account_id = $account AND signed_qr_code IS NOT NULL ORDER BY id LIMIT 1")
first_month=$(date -d "$(date +%Y-%m-01) -12 month" +%Y-%m-01)
span=$(( $(date -d "$(date +%Y-%m-01)" +%s) - $(date -d "$first_month" +%s) ))
start=$(seconds)
sqlite3 "$db" <<SQL
PRAGMA busy_timeout = 60000;
PRAGMA cache_size = -1000000;
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $rows),
  bulk AS (
    SELECT i, CASE i % 3 WHEN 0 THEN '${gstins[0]}' WHEN 1 THEN '${gstins[1]}' ELSE '${gstins[2]}' END AS home,
      (i / 3) % 2 AS purchase,
      -- IST wall clock = UTC + 05:30; spread evenly over the 12 months, stored as EF's binary DateTimeOffset (UTC).
      strftime('%s', '$first_month') - 19800 + (i * $span / ($rows + 1)) AS ack
    FROM n)
INSERT INTO e_invoices (account_id, irn, seller_gstin, buyer_gstin, document_type, document_number, document_date, supply_type,
  total_invoice_value, ack_number, acknowledged_at, status, cancelled_at, ewb_number, ewb_date, ewb_valid_till, signed_invoice,
  signed_qr_code, invoice_json, signature_verdict, signature_kid, imported_at, updated_at)
SELECT t.account_id, printf('%064x', 68719476736 + b.i),
  CASE WHEN b.purchase THEN '29AAACB1234C1Z5' ELSE b.home END, CASE WHEN b.purchase THEN b.home ELSE '29AAACB1234C1Z5' END,
  t.document_type, 'BULK/' || b.i, t.document_date, t.supply_type, t.total_invoice_value, printf('19%013d', b.i),
  ((621355968000000000 + b.ack * 10000000) / 1000) << 11, t.status, NULL, NULL, NULL, NULL, t.signed_invoice,
  t.signed_qr_code, t.invoice_json, t.signature_verdict, t.signature_kid, t.imported_at, t.updated_at
FROM bulk b, (SELECT * FROM e_invoices WHERE id = $template) t;
COMMIT;
SQL
end=$(seconds)
bulk_seconds=$(elapsed "$start" "$end")
store=$(sqlite3 "$db" "SELECT count(*) FROM e_invoices")
size=$(du -sh "$db" | cut -f1)

# The busiest list: one GSTIN's sales in the middle month, about rows/72 e-invoices (several pages of 2000).
month=$(date -d "$(date +%Y-%m-01) -6 month" +%Y-%m)
query="year=${month%-*}&month=$((10#${month#*-}))&irn_type=sales"
matches=$(curl -fs "$api/?$query&page_size=1" -H "$bench" -H "Gstin: ${gstins[1]}" | jq .count)
pages=$(( (matches + 1999) / 2000 ))
plan=$(sqlite3 "$db" "EXPLAIN QUERY PLAN SELECT id FROM e_invoices WHERE account_id = $account AND seller_gstin = '${gstins[1]}'
  AND acknowledged_at >= 0 AND acknowledged_at < 9000000000000000000 ORDER BY acknowledged_at, id LIMIT 2000 OFFSET 4000" | tail -n 1 | sed 's/^[^A-Z]*//')

# --- Latency ---------------------------------------------------------------------------------------------------------
load=$(cut -d' ' -f1-3 /proc/loadavg)
wrk -t2 -c8 -d2s "$BENCH_URL/health/live" >/dev/null
health=$(bench_wrk "GET /health/live (baseline)" -t2 -c8 -d"$duration" "$BENCH_URL/health/live")
list_first=$(bench_wrk "GET irn list, page 1 of $pages (2000 items), one at a time" -t1 -c1 -d"$duration" -H "$bench" -H "Gstin: ${gstins[1]}" "$api/?$query")
list_last=$(bench_wrk "GET irn list, page $pages of $pages, one at a time" -t1 -c1 -d"$duration" -H "$bench" -H "Gstin: ${gstins[1]}" "$api/?$query&page=$pages")
list_busy=$(bench_wrk "GET irn list, page 1 (2000 items), 4 connections" -t2 -c4 -d"$duration" -H "$bench" -H "Gstin: ${gstins[1]}" "$api/?$query")
list_small=$(bench_wrk "GET irn list, page 3, page_size 100, 8 connections" -t2 -c8 -d"$duration" -H "$bench" -H "Gstin: ${gstins[1]}" "$api/?$query&page=3&page_size=100")
detail=$(bench_wrk "GET irn detail (store, signatures verified)" -t2 -c8 -d"$duration" -H "$bench" -H "Gstin: ${gstins[1]}" \
  "$api/$(printf '%064x' $((68719476736 + 1)))")

{
  echo "# E-invoice benchmark"
  echo
  echo "$(bench_machine)"
  echo
  echo "Sandbox mode, SQLite, Release build; wrk and curl run on the same cores as the server. Load average when the"
  echo "measurements began: $load (other work shares this machine: compare rows of one run, not runs)."
  echo
  echo "## Import"
  echo
  echo "$exported signed e-invoices of the sandbox dataset, exported through the detail API, imported into another account"
  echo "in requests of 500 (each item: two RSA signature checks, IRN recomputation, QR claims, then one insert per batch)."
  echo
  echo "| Import | E-invoices | Seconds | E-invoices/s |"
  echo "|---|---:|---:|---:|"
  echo "| first import (verified, stored) | $exported | $first | $(awk -v n="$exported" -v s="$first" 'BEGIN { printf "%.0f", n / s }') |"
  echo "| the same again (verified, unchanged) | $exported | $repeat | $(awk -v n="$exported" -v s="$repeat" 'BEGIN { printf "%.0f", n / s }') |"
  echo
  echo "| Endpoint | Requests/s | p50 ms | p99 ms | E-invoices/s |"
  echo "|---|---:|---:|---:|---:|"
  echo "| $(echo "$import_wrk" | cut -d'|' -f1) | $(echo "$import_wrk" | cut -d'|' -f2) | $(echo "$import_wrk" | cut -d'|' -f3) | $(echo "$import_wrk" | cut -d'|' -f4) | $(awk -v r="$(echo "$import_wrk" | cut -d'|' -f2)" 'BEGIN { printf "%.0f", r * 100 }') |"
  echo
  echo "## List on a million e-invoices"
  echo
  echo "Store: $store e-invoices ($size), $rows of them bulk-inserted in ${bulk_seconds} s. The list below is one GSTIN's"
  echo "sales in one month: $matches e-invoices, $pages pages of 2000; every item carries its full invoice JSON."
  echo "Query plan: \`$plan\`."
  echo
  echo "| Endpoint | Requests/s | p50 ms | p99 ms |"
  echo "|---|---:|---:|---:|"
  for row in "$health" "$list_first" "$list_last" "$list_busy" "$list_small" "$detail"; do
    echo "| $(echo "$row" | cut -d'|' -f1) | $(echo "$row" | cut -d'|' -f2) | $(echo "$row" | cut -d'|' -f3) | $(echo "$row" | cut -d'|' -f4) |"
  done
  echo
  echo "Goal: a page of 2000 from a million e-invoices well under a second."
} | tee results/einvoice.md
