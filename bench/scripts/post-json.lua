-- wrk script: POST a JSON body read from the BODY environment variable, with optional AUTH header.
wrk.method = "POST"
wrk.body = os.getenv("BODY")
wrk.headers["Content-Type"] = "application/json"
local auth = os.getenv("AUTH")
if auth and #auth > 0 then
  wrk.headers["Authorization"] = auth
end
