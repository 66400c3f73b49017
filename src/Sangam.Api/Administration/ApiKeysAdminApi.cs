using Microsoft.AspNetCore.Http.HttpResults;
using Sangam.Api.Accounts;
using Sangam.Api.Http.Errors;
using Sangam.Api.Http.OpenApi;

namespace Sangam.Api.Administration;

/// <summary>
/// A new API key: what it is for, the wire names of the families it may call (omitted for every family of the
/// account) and when it stops working (omitted for never).
/// </summary>
public sealed record CreateApiKeyRequest(string? Name, IReadOnlyList<string>? Families, DateTimeOffset? ExpiresAt);

/// <summary>The API keys of an account (<c>Authorization: ApiKey &lt;key&gt;</c>), beside its users.</summary>
public static class ApiKeysAdminApi
{
    public static RouteGroupBuilder MapApiKeyAdministration(this RouteGroupBuilder admin)
    {
        admin.MapGet("/accounts/{slug}/api-keys", ListApiKeys).WithName("adminListApiKeys")
            .WithSummary("The account's API keys, without their secrets")
            .WithParameters(AdminOpenApi.Slug).WithJsonExamples(null, ("api_keys", AdminOpenApi.ApiKeys));
        admin.MapPost("/accounts/{slug}/api-keys", CreateApiKey).WithName("adminCreateApiKey")
            .WithSummary("Issue an API key; the key is in this answer only and cannot be shown again")
            .WithParameters(AdminOpenApi.Slug).WithJsonExamples(AdminOpenApi.CreateApiKeyRequest, ("created", AdminOpenApi.IssuedApiKey));
        admin.MapDelete("/accounts/{slug}/api-keys/{keyId}", RevokeApiKey).WithName("adminRevokeApiKey")
            .WithSummary("Revoke an API key; it stops working at once")
            .WithParameters(AdminOpenApi.ApiKey).WithJsonExamples(null, ("revoked", AdminOpenApi.RevokedApiKey));
        return admin;
    }

    public static async Task<Results<Ok<IReadOnlyList<ApiKeyView>>, ApiError>> ListApiKeys(
        string slug, ApiKeyAdministration apiKeys, CancellationToken cancellationToken) =>
        AccountsApi.ToHttp(await apiKeys.ListAsync(slug, cancellationToken));

    public static async Task<Results<Created<IssuedApiKey>, ApiError>> CreateApiKey(
        string slug, CreateApiKeyRequest body, Caller caller, ApiKeyAdministration apiKeys, CancellationToken cancellationToken)
    {
        List<ApiFamily>? families = null;
        if (body.Families is not null && !ApiFamilies.TryParseAll(body.Families, out families, out var problem))
        {
            return ApiError.BadRequest(problem);
        }

        var result = await apiKeys.CreateAsync(slug, body.Name, families, body.ExpiresAt, caller.Username, cancellationToken);
        return result.Succeeded
            ? TypedResults.Created($"/api/v2/admin/accounts/{slug}/api-keys/{result.Value!.ApiKey.Id}", result.Value)
            : AccountsApi.ToError(result);
    }

    public static async Task<Results<Ok<ApiKeyView>, ApiError>> RevokeApiKey(
        string slug, string keyId, ApiKeyAdministration apiKeys, CancellationToken cancellationToken) =>
        AccountsApi.ToHttp(await apiKeys.RevokeAsync(slug, keyId, cancellationToken));
}
