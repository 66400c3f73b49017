using Sangam.Api.Administration;
using Sangam.Api.Http.OpenApi;

namespace Sangam.Api.Administration;

/// <summary>Parameters and examples of the administration calls in the OpenAPI document.</summary>
internal static class AdminOpenApi
{
    public static readonly ApiParameter Slug = ApiParameter.Path("slug", "The account's short name.", "acme");

    public static readonly ApiParameter[] Family =
    [
        Slug,
        ApiParameter.Path("family", "An API family.", "ocr") with { Values = ["vehicle", "sim_tracking", "ocr", "mca", "irn"] },
    ];

    public static readonly ApiParameter[] Gstin = [Slug, ApiParameter.Path("gstin", "A GSTIN the account owns.", India.Tax.Gstin.Example)];

    public static readonly ApiParameter[] Subid = [Slug, ApiParameter.Path("subid", "A subscription id (the Subid header).", "ACME-SUB-1")];

    public static readonly ApiParameter[] ApiKey = [Slug, ApiParameter.Path("keyId", "The key's id (or its prefix, sangam_ and the id).", "k3x9q2m7w1ab")];

    public static readonly ApiParameter[] Username = [ApiParameter.Path("username", "The user's login name.", "priya")];

    public const string Account = """
        {"id": 7, "slug": "acme", "name": "Acme Logistics Pvt Ltd", "is_disabled": false, "rate_limit_per_minute": 600,
         "created_at": "2026-11-26T09:12:03+00:00", "families": ["ocr", "vehicle"], "subids": ["ACME-SUB-1"], "gstins": ["27AAPFU0939F1ZV"],
         "users": [{"id": 12, "username": "priya", "email": "priya@acme.example", "role": "member", "is_disabled": false, "created_at": "2026-11-26T09:14:40+00:00"}]}
        """;

    public const string Accounts = "[" + Account + "]";

    public const string CreateAccountRequest = """{"slug": "acme", "name": "Acme Logistics Pvt Ltd", "families": ["vehicle", "ocr"]}""";

    public const string UpdateAccountRequest = """{"is_disabled": true}""";

    public const string RateLimitRequest = """{"per_minute": 600}""";

    public const string AddUserRequest = """{"username": "priya", "email": "priya@acme.example", "password": "a-long-password", "role": "member"}""";

    public const string User = """{"id": 12, "username": "priya", "email": "priya@acme.example", "role": "member", "is_disabled": false, "created_at": "2026-11-26T09:14:40+00:00"}""";

    public const string CreateApiKeyRequest = """{"name": "billing export", "families": ["vehicle"], "expires_at": "2027-12-31T18:30:00+00:00"}""";

    private const string ApiKeyFields = """
        "id": "k3x9q2m7w1ab", "prefix": "sangam_k3x9q2m7w1ab", "name": "billing export", "families": ["vehicle"],
        "created_by": "ops-admin", "created_at": "2026-12-06T10:02:11+00:00", "expires_at": "2027-12-31T18:30:00+00:00"
        """;

    public const string IssuedApiKey = $$$"""
        {"key": "sangam_k3x9q2m7w1ab_Q7vX2mR9tLw4Kp8ZsN3bYc6HdF1gJ5aE0uV2iO7qTxW",
         "api_key": {{{{ApiKeyFields}}}, "state": "active", "revoked_at": null, "last_used_at": null}}
        """;

    public const string ApiKeys = $$"""
        [{{{ApiKeyFields}}, "state": "active", "revoked_at": null, "last_used_at": "2026-12-06T11:40:00+00:00"}]
        """;

    public const string RevokedApiKey = $$"""
        {{{ApiKeyFields}}, "state": "revoked", "revoked_at": "2026-12-06T12:00:00+00:00", "last_used_at": "2026-12-06T11:40:00+00:00"}
        """;

    public const string UpdateUserRequest = """{"is_disabled": true}""";
}
