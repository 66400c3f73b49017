namespace Sangam.Api.Auth;

/// <summary>Request and response examples of the authentication calls in the OpenAPI document (platform-api.md §1).</summary>
internal static class AuthOpenApi
{
    public const string LoginRequest = """{"username": "demo", "password": "sangam-demo"}""";

    public const string Tokens = """
        {"token": "eyJhbGciOiJIUzI1NiIsImtpZCI6InNhbmRib3giLCJ0eXAiOiJKV1QifQ.eyJ0b2tlbl90eXBlIjoiYWNjZXNzIn0.c2lnbmF0dXJl",
         "refresh token": "eyJhbGciOiJIUzI1NiIsImtpZCI6InNhbmRib3giLCJ0eXAiOiJKV1QifQ.eyJ0b2tlbl90eXBlIjoicmVmcmVzaCJ9.c2lnbmF0dXJl",
         "refresh_token": "eyJhbGciOiJIUzI1NiIsImtpZCI6InNhbmRib3giLCJ0eXAiOiJKV1QifQ.eyJ0b2tlbl90eXBlIjoicmVmcmVzaCJ9.c2lnbmF0dXJl"}
        """;

    public const string RefreshRequest = """{"token": "eyJhbGciOiJIUzI1NiIsImtpZCI6InNhbmRib3giLCJ0eXAiOiJKV1QifQ.eyJ0b2tlbl90eXBlIjoicmVmcmVzaCJ9.c2lnbmF0dXJl"}""";

    public const string WhoAmI = """
        {"user_id": 1, "username": "demo", "email": "demo@sangam.example", "role": "member",
         "account": {"id": 1, "slug": "demo", "name": "Demo Logistics Pvt Ltd", "families": ["irn", "mca", "ocr", "sim_tracking", "vehicle"],
           "subids": ["DEMO-SUB-0001"], "gstins": ["27AAPFU0939F1ZV"]},
         "api_key": null}
        """;

    public const string ChangePasswordRequest = """{"current_password": "sangam-demo", "new_password": "a-much-longer-passphrase"}""";

    public const string PasswordChanged = """{"message": "Password changed. Every token of this user has been revoked; log in again."}""";
}
