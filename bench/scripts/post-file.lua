-- wrk script: POST the JSON file named by BODY_FILE (bodies too large for an environment variable), with optional AUTH header.
local file = assert(io.open(os.getenv("BODY_FILE"), "rb"))
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"
local auth = os.getenv("AUTH")
if auth and #auth > 0 then
  wrk.headers["Authorization"] = auth
end
