namespace Sangam.Api.Tests.Upstreams;

/// <summary>What the caller gets: the upstream's payload passed on, the contract's "not found", or the error envelope.</summary>
internal sealed record ContractAnswer(HttpStatusCode Status, string? ResponseStatus = null, string? Text = null, bool? Retryable = null)
{
    /// <summary>200 with the upstream's payload as it came.</summary>
    public static ContractAnswer Passed(string responseStatus = "SUCCESS") => new(HttpStatusCode.OK, responseStatus);

    /// <summary>200 with the contract's not-found text in an ERROR item.</summary>
    public static ContractAnswer NotFound(string text) => new(HttpStatusCode.OK, "ERROR", text);

    /// <summary>The error envelope with this status, message and retryable flag.</summary>
    public static ContractAnswer Error(HttpStatusCode status, string message, bool retryable) => new(status, Text: message, Retryable: retryable);
}

/// <summary>A readiness check of <see cref="Vehicle"/> (with the licence, when given) and what it must conclude.</summary>
internal sealed record ReadinessCase(string Vehicle, string Verdict, (string Check, string Status)[] Checks, string? Dl = "GJ04 20120005008", string? Dob = "1987-05-26");

/// <summary>
/// What the platform must make of one real ULIP answer: the contract answer of the endpoint that asks the sample's
/// service, whether the answer is kept in the cache, the metering outcome, and the readiness verdict with the checks
/// the answer decides.
/// </summary>
internal sealed record UlipReplayCase(string SampleId, string Endpoint, object Body, ContractAnswer Answer, bool Kept, string Outcome, ReadinessCase Readiness)
{
    public const string Vahan = "/api/v2/sbt/VAHAN/";
    public const string Sarathi = "/api/v2/sbt/SARATHI/";
    public const string Crossings = "/api/v2/sbt/FASTAG/";
    public const string Tags = "/api/v2/sbt/FASTAG/02";
    public const string Challans = "/api/v2/sbt/ECHALLAN/";
    public const string ReadinessPath = "/api/v2/pod/vehicle-readiness";

    /// <summary>The vehicle of the documented real VAHAN record, for which there is an answer of every service.</summary>
    public const string DocumentedVehicle = "UP91L0001";

    private const string NotRetryable = "Sending the same request again will not help.";

    private static readonly object DocumentedVehicleBody = new { vehiclenumber = DocumentedVehicle };

    public static IReadOnlyDictionary<string, UlipReplayCase> All { get; } = new UlipReplayCase[]
    {
        new("login_ok", Vahan, DocumentedVehicleBody, ContractAnswer.Passed(), Kept: true, "found",
            new(DocumentedVehicle, "not_ready", [("insurance", "fail"), ("licence", "pass")])),
        new("login_412_ip_not_allowlisted", Vahan, DocumentedVehicleBody,
            ContractAnswer.Error(HttpStatusCode.BadGateway, "The upstream service ULIP login refused this server: it answered HTTP 412 "
                + "\"Access denied Please contact ULIP support!\": ULIP takes calls only from the addresses and users it has allow-listed. "
                + "This is not a problem with your request, and retrying will not help until the server's operator fixes its access to the upstream.", retryable: false),
            Kept: false, "refused",
            new(DocumentedVehicle, "unknown", [("insurance", "unknown"), ("pollution", "unknown"), ("fastag", "unknown"), ("licence", "unknown")])),
        new("vahan01_found_up91l0001", Vahan, DocumentedVehicleBody, ContractAnswer.Passed(), Kept: true, "found",
            new(DocumentedVehicle, "not_ready", [("registration", "pass"), ("registration_validity", "pass"), ("insurance", "fail"), ("road_tax", "pass"),
                ("pollution", "unknown"), ("permit", "not_applicable"), ("blacklist", "pass"), ("fastag", "not_applicable"), ("licence_class", "pass")])),
        // Readiness alone asks VAHAN/04; its outcome is the worst of its sources', here FASTag's "not found".
        new("vahan04_found_up91l0001", ReadinessPath, new { vehiclenumber = DocumentedVehicle }, ContractAnswer.Passed(), Kept: true, "not_found",
            new(DocumentedVehicle, "not_ready", [("pollution", "unknown")], Dl: null, Dob: null)),
        new("vahan_not_found_xml", Vahan, new { vehiclenumber = "MH01ZZ9999" }, ContractAnswer.NotFound("Vehicle Details not Found"), Kept: true, "not_found",
            new("MH01ZZ9999", "not_ready", [("registration", "fail")])),
        new("vahan_not_found_json_231", Vahan, new { vehiclenumber = "MH01ZZ9999" }, ContractAnswer.NotFound("Vehicle Details not Found"), Kept: true, "not_found",
            new("MH01ZZ9999", "not_ready", [("registration", "fail")])),
        new("vahan_sparse_xml_rj14cn1724", Vahan, new { vehiclenumber = "RJ14CN1724" }, ContractAnswer.Passed(), Kept: true, "found",
            new("RJ14CN1724", "unknown", [("registration", "unknown"), ("registration_validity", "unknown"), ("insurance", "unknown"),
                ("pollution", "unknown"), ("permit", "unknown"), ("blacklist", "unknown"), ("licence_class", "unknown")])),
        new("vahan01_staging_other_vehicle", Vahan, new { vehiclenumber = "UP32KH0320" },
            ContractAnswer.Error(HttpStatusCode.BadGateway, "The upstream service ULIP VAHAN/01 failed: it answered with the record of a different vehicle "
                + "than the one asked for. This is not a problem with your request; retry later.", retryable: true),
            Kept: false, "failed",
            new("UP32KH0320", "unknown", [("registration", "unknown"), ("insurance", "unknown"), ("licence_class", "unknown")])),
        new("sarathi01_found_gj04_20120005008", Sarathi, new { dlnumber = "GJ04 20120005008", dob = "1987-05-26" }, ContractAnswer.Passed(), Kept: true, "found",
            new(DocumentedVehicle, "not_ready", [("licence", "pass"), ("licence_validity", "pass"), ("licence_class", "pass")])),
        new("sarathi01_not_found_doc", Sarathi, new { dlnumber = "GJ04 20120005008", dob = "1990-01-01" }, ContractAnswer.NotFound("DL Details not Found"),
            Kept: true, "not_found", new(DocumentedVehicle, "not_ready", [("licence", "fail")], Dob: "1990-01-01")),
        new("sarathi01_not_found_staging", Sarathi, new { dlnumber = "GJ04 20120005008", dob = "1987-05-26" }, ContractAnswer.NotFound("DL Details not Found"),
            Kept: true, "not_found", new(DocumentedVehicle, "not_ready", [("licence", "fail")])),
        new("fastag01_found_mh19jk3923", Crossings, new { vehiclenumber = "CG07BC9186" }, ContractAnswer.Passed(), Kept: true, "found",
            new(DocumentedVehicle, "not_ready", [("insurance", "fail")])),
        new("fastag01_found_ab03y8611_capture", Crossings, new { vehiclenumber = "AB03Y8611" }, ContractAnswer.Passed(), Kept: true, "found",
            new(DocumentedVehicle, "not_ready", [("insurance", "fail")])),
        new("fastag01_not_found_740", Crossings, new { vehiclenumber = "MH19JK3923" }, ContractAnswer.Passed(), Kept: true, "not_found",
            new(DocumentedVehicle, "not_ready", [("insurance", "fail")])),
        new("fastag02_found_mp09hf4987_three_tags", Tags, new { vehiclenumber = "MP09HF4987" }, ContractAnswer.Passed(), Kept: true, "found",
            new("MP09HF4987", "not_ready", [("registration", "fail"), ("fastag", "pass")])),
        new("fastag02_only_inactive_tags", Tags, new { vehiclenumber = "MP09HF4987" }, ContractAnswer.Passed(), Kept: true, "found",
            new("MP09HF4987", "not_ready", [("fastag", "fail")])),
        new("fastag02_found_by_tag_mat735701", Tags, new { tagid = "34161FA8203286140F4064E0" }, ContractAnswer.Passed(), Kept: true, "found",
            new("MP09HF4987", "not_ready", [("fastag", "pass")])),
        new("fastag02_not_found_239", Tags, new { vehiclenumber = "MP09HF4988" }, ContractAnswer.Passed(), Kept: true, "not_found",
            new("MP09HF4988", "not_ready", [("fastag", "unknown")])),
        new("fastag02_staging_no_tags", Tags, new { vehiclenumber = "CG07BC9186" }, ContractAnswer.Passed(), Kept: true, "not_found",
            new("CG07BC9186", "not_ready", [("fastag", "unknown")])),
        new("fastag02_error_string_item", Tags, new { vehiclenumber = "MP09HF4987" },
            ContractAnswer.Error(HttpStatusCode.BadRequest, "The upstream service ULIP FASTAG/02 rejected the request: it answered "
                + "\"vehiclenumber or tagid :must not be Empty or null, Please enter vehiclenumber or tagid\". " + NotRetryable, retryable: false),
            Kept: false, "rejected", new("MP09HF4987", "not_ready", [("fastag", "unknown")])),
        new("echallan01_found_kl_doc", Challans, new { vehiclenumber = "UP93BK9110" }, ContractAnswer.Passed(), Kept: true, "found",
            new("UP93BK9110", "not_ready", [("challans", "warn")])),
        new("echallan01_clean_vehicle", Challans, new { vehiclenumber = "UP15AU1291" }, ContractAnswer.Passed(), Kept: true, "found",
            new("UP15AU1291", "not_ready", [("challans", "pass")])),
        new("echallan01_not_found_305", Challans, new { vehiclenumber = "KL150000" }, ContractAnswer.Passed(), Kept: true, "not_found",
            new("KL150000", "not_ready", [("challans", "pass")])),
        new("any_third_party_down", Vahan, DocumentedVehicleBody,
            ContractAnswer.Error(HttpStatusCode.BadGateway, "The upstream service ULIP VAHAN/01 failed: it answered \"VAHAN_01 - 3rd party service is down!\". "
                + "This is not a problem with your request; retry later.", retryable: true),
            Kept: false, "failed", new(DocumentedVehicle, "unknown", [("registration", "unknown"), ("insurance", "unknown"), ("licence", "pass")])),
        new("any_400_invalid_format", Vahan, DocumentedVehicleBody,
            ContractAnswer.Error(HttpStatusCode.BadRequest, "The upstream service ULIP VAHAN/01 rejected the request: it answered \"Data format failed OR wrong "
                + "value entered at: vehiclenumber. Format should follow ^[A-Z0-9]{5,11}$\". " + NotRetryable, retryable: false),
            Kept: false, "rejected", new(DocumentedVehicle, "unknown", [("registration", "unknown"), ("licence_class", "unknown")])),
    }.ToDictionary(c => c.SampleId, StringComparer.Ordinal);

    /// <summary>The operation id that metering records for <see cref="Endpoint"/>.</summary>
    public string Api => Endpoint switch
    {
        Vahan => "vahanLookup",
        Sarathi => "sarathiLookup",
        Crossings => "fastagCrossings",
        Tags => "fastagTagDetails",
        Challans => "echallanLookup",
        _ => "vehicleReadiness",
    };
}
