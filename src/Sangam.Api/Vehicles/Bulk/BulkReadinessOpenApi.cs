using Microsoft.OpenApi;
using Sangam.Api.Http.OpenApi;

namespace Sangam.Api.Vehicles.Bulk;

/// <summary>
/// The bulk readiness operations in the OpenAPI document. The upload is read by the handler (not bound), so that a
/// file of any shape gets per-row results or a 400 that names the problem rather than the framework's binding error.
/// </summary>
internal static class BulkReadinessOpenApi
{
    public const string UploadDescription =
        "Send the CSV as the `file` field of multipart/form-data, or as the body itself (text/csv). Columns: vehicle number, then optionally "
        + "the driver's DL number and date of birth (yyyy-MM-dd, or dd/mm/yyyy and the other Indian forms). A first row naming the columns "
        + "(vehiclenumber, Vehicle No., Registration Number, dlnumber, DL No., Licence Number, dob, Date of Birth, ...; any case or punctuation) is a "
        + "header and other columns are ignored; without one the columns go in that order. Blank lines are skipped. A row that cannot be checked "
        + "(a malformed vehicle number, a licence without its date of birth) does not stop the others: it is reported with its line and the same "
        + "message the single check's 400 gives, and is not checked or metered. The whole file is refused (400, naming the line) only when it has more "
        + "rows than the server allows (BulkReadiness:MaxRows, 5,000 by default), no rows, a header without a vehicle column, or no row that can be checked. "
        + "Answers 202 with the job id; the job lives in the database and is checked in the background by any node, a few rows at once, through "
        + "the same cache as the single check, so repeated vehicles and recent lookups cost no upstream call. Each row checked is metered as one "
        + "vehicleReadiness call. Send an Idempotency-Key to queue a file once.";

    public const string JobDescription =
        "`status` is queued, running, completed (every row has its result) or failed (given up after the job failed its node three times; rows "
        + "checked before keep their results). `progress` counts rows with a result, invalid rows included; `counts` splits them by verdict. "
        + "`rows` lists every finished row in file order, also while the job runs: `state` checked with `verdict`, `blockers`, `warnings` and "
        + "`unverified` as the single check reports them, or invalid with `error`. Finished jobs are deleted after the configured retention "
        + "(BulkReadiness:JobRetention); another account's job is 404.";

    public static readonly ApiParameter JobIdParameter = ApiParameter.Path("job_id", "The job id the upload answered.", "0193f0c2-7b1e-7cc3-9f0e-3c1d2b4a5e6f");

    public static readonly ApiParameter FormatParameter = new("format", "csv (the default) or xlsx.", "xlsx");

    public static RouteHandlerBuilder DescribeBulkUpload(this RouteHandlerBuilder builder) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            var form = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Required = new HashSet<string>([BulkReadinessUpload.FileField], StringComparer.Ordinal),
                Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
                {
                    [BulkReadinessUpload.FileField] = new OpenApiSchema
                    {
                        Type = JsonSchemaType.String,
                        Format = "binary",
                        Description = "The CSV file (UTF-8, with or without a byte-order mark).",
                    },
                },
            };
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
                {
                    ["multipart/form-data"] = new() { Schema = form },
                    ["text/csv"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String }, Example = System.Text.Json.Nodes.JsonValue.Create(CsvExample) },
                },
            };
            return Task.CompletedTask;
        });

    private const string CsvExample = "Vehicle No.,DL Number,Date of Birth\nMH12NW4402,GJ04 20120005008,26/05/1987\nKA01AB1234,,\nMH12,,\n";

    public const string Accepted = """
        {"job_id": "0193f0c2-7b1e-7cc3-9f0e-3c1d2b4a5e6f", "status": "queued", "rows_total": 3, "rows_invalid": 1,
          "status_url": "/api/v2/pod/vehicle-readiness/bulk/0193f0c2-7b1e-7cc3-9f0e-3c1d2b4a5e6f"}
        """;

    public const string Running = """
        {"job_id": "0193f0c2-7b1e-7cc3-9f0e-3c1d2b4a5e6f", "status": "running", "progress": {"rows_done": 2, "rows_total": 3},
          "counts": {"ready": 1, "not_ready": 0, "unknown": 0, "invalid": 1, "pending": 1},
          "created_at": "2026-11-26T09:12:03+00:00", "started_at": "2026-11-26T09:12:03+00:00", "completed_at": null, "expires_at": null,
          "results_url": "/api/v2/pod/vehicle-readiness/bulk/0193f0c2-7b1e-7cc3-9f0e-3c1d2b4a5e6f/results",
          "rows": [
            {"line": 2, "vehicle_number": "MH12NW4402", "dl_number": "GJ04 20120005008", "state": "checked", "verdict": "ready", "blockers": [],
              "warnings": [], "unverified": ["permit: No ULIP service reports permits; check the permit on paper"], "checked_at": "2026-11-26T14:42:04+05:30"},
            {"line": 4, "vehicle_number": "MH12", "state": "invalid", "blockers": [], "warnings": [], "unverified": [],
              "error": "Data format failed OR wrong value entered at: vehiclenumber. Format should follow ^[A-Z]{2}[0-9]{1,2}[A-Z]{0,3}[0-9]{4}$|^[0-9]{2}BH[0-9]{4}[A-HJ-NP-Z]{1,2}$"}]}
        """;

    public const string Completed = """
        {"job_id": "0193f0c2-7b1e-7cc3-9f0e-3c1d2b4a5e6f", "status": "completed", "progress": {"rows_done": 3, "rows_total": 3},
          "counts": {"ready": 1, "not_ready": 1, "unknown": 0, "invalid": 1, "pending": 0},
          "created_at": "2026-11-26T09:12:03+00:00", "started_at": "2026-11-26T09:12:03+00:00", "completed_at": "2026-11-26T09:12:05+00:00",
          "expires_at": "2026-12-03T09:12:05+00:00",
          "results_url": "/api/v2/pod/vehicle-readiness/bulk/0193f0c2-7b1e-7cc3-9f0e-3c1d2b4a5e6f/results",
          "rows": [
            {"line": 2, "vehicle_number": "MH12NW4402", "dl_number": "GJ04 20120005008", "state": "checked", "verdict": "ready", "blockers": [],
              "warnings": [], "unverified": ["permit: No ULIP service reports permits; check the permit on paper"], "checked_at": "2026-11-26T14:42:04+05:30"},
            {"line": 3, "vehicle_number": "KA01AB1234", "state": "checked", "verdict": "not_ready",
              "blockers": ["insurance: The insurance expired on 12/10/2026", "pollution: The PUC certificate expired on 01/11/2026"],
              "warnings": [], "unverified": ["licence: No dlnumber and dob were sent"], "checked_at": "2026-11-26T14:42:05+05:30"},
            {"line": 4, "vehicle_number": "MH12", "state": "invalid", "blockers": [], "warnings": [], "unverified": [],
              "error": "Data format failed OR wrong value entered at: vehiclenumber. Format should follow ^[A-Z]{2}[0-9]{1,2}[A-Z]{0,3}[0-9]{4}$|^[0-9]{2}BH[0-9]{4}[A-HJ-NP-Z]{1,2}$"}]}
        """;
}
