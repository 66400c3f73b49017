using Microsoft.AspNetCore.Http.HttpResults;
using Sangam.Api.Accounts;
using Sangam.Api.Auth;
using Sangam.Api.Http.Errors;
using Sangam.Api.Http.OpenApi;

namespace Sangam.Api.Administration;

public sealed record CreateAccountRequest(string? Slug, string? Name, IReadOnlyList<string>? Families);

public sealed record UpdateAccountRequest(bool? IsDisabled);

public sealed record RateLimitRequest(int? PerMinute);

public sealed record AddUserRequest(string? Username, string? Email, string? Password, string? Role);

public sealed record UpdateUserRequest(bool? IsDisabled, string? Password);

/// <summary>
/// Accounts, users and API keys. Administration endpoints are for users with the admin role and offer the same operations
/// as the operator commands (<c>sangam-admin</c>).
/// </summary>
public static class AccountsApi
{
    public const string AdminPolicy = "admin";

    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddSingleton<AccountDirectory>();
        services.AddScoped<AccountAdministration>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<ApiKeyAdministration>();
        services.AddAuthorizationBuilder().AddPolicy(AdminPolicy, policy => policy.RequireRole(nameof(UserRole.Admin)));
        return services;
    }

    public static IEndpointRouteBuilder MapAccounts(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/v2/admin").WithTags("Administration").RequireAuthorization(AdminPolicy).RequireLogin();

        admin.MapGet("/accounts", ListAccounts).WithName("adminListAccounts")
            .WithJsonExamples(null, ("accounts", AdminOpenApi.Accounts));
        admin.MapPost("/accounts", CreateAccount).WithName("adminCreateAccount")
            .WithJsonExamples(AdminOpenApi.CreateAccountRequest, ("created", AdminOpenApi.Account));
        admin.MapGet("/accounts/{slug}", GetAccount).WithName("adminGetAccount")
            .WithParameters(AdminOpenApi.Slug).WithJsonExamples(null, ("account", AdminOpenApi.Account));
        admin.MapPatch("/accounts/{slug}", UpdateAccount).WithName("adminUpdateAccount")
            .WithParameters(AdminOpenApi.Slug).WithJsonExamples(AdminOpenApi.UpdateAccountRequest, ("account", AdminOpenApi.Account));
        admin.MapPut("/accounts/{slug}/rate-limit", SetRateLimit).WithName("adminSetRateLimit")
            .WithParameters(AdminOpenApi.Slug).WithJsonExamples(AdminOpenApi.RateLimitRequest, ("account", AdminOpenApi.Account));
        admin.MapPut("/accounts/{slug}/families/{family}", GrantFamily).WithName("adminGrantFamily")
            .WithParameters(AdminOpenApi.Family).WithJsonExamples(null, ("account", AdminOpenApi.Account));
        admin.MapDelete("/accounts/{slug}/families/{family}", RevokeFamily).WithName("adminRevokeFamily")
            .WithParameters(AdminOpenApi.Family).WithJsonExamples(null, ("account", AdminOpenApi.Account));
        admin.MapPut("/accounts/{slug}/gstins/{gstin}", AddGstin).WithName("adminAddGstin")
            .WithParameters(AdminOpenApi.Gstin).WithJsonExamples(null, ("account", AdminOpenApi.Account));
        admin.MapDelete("/accounts/{slug}/gstins/{gstin}", RemoveGstin).WithName("adminRemoveGstin")
            .WithParameters(AdminOpenApi.Gstin).WithJsonExamples(null, ("account", AdminOpenApi.Account));
        admin.MapPut("/accounts/{slug}/subids/{subid}", AddSubid).WithName("adminAddSubid")
            .WithParameters(AdminOpenApi.Subid).WithJsonExamples(null, ("account", AdminOpenApi.Account));
        admin.MapDelete("/accounts/{slug}/subids/{subid}", RemoveSubid).WithName("adminRemoveSubid")
            .WithParameters(AdminOpenApi.Subid).WithJsonExamples(null, ("account", AdminOpenApi.Account));
        admin.MapPost("/accounts/{slug}/users", AddUser).WithName("adminAddUser")
            .WithParameters(AdminOpenApi.Slug).WithJsonExamples(AdminOpenApi.AddUserRequest, ("created", AdminOpenApi.User));
        admin.MapPatch("/users/{username}", UpdateUser).WithName("adminUpdateUser")
            .WithParameters(AdminOpenApi.Username).WithJsonExamples(AdminOpenApi.UpdateUserRequest, ("user", AdminOpenApi.User));
        admin.MapApiKeyAdministration();
        return app;
    }

    public static async Task<Ok<IReadOnlyList<AccountView>>> ListAccounts(AccountAdministration accounts, CancellationToken cancellationToken) =>
        TypedResults.Ok(await accounts.ListAsync(cancellationToken));

    public static async Task<Results<Created<AccountView>, ApiError>> CreateAccount(
        CreateAccountRequest body, AccountAdministration accounts, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(body.Slug) || string.IsNullOrWhiteSpace(body.Name))
        {
            return ApiError.BadRequest("slug and name are required.");
        }

        if (!ApiFamilies.TryParseAll(body.Families ?? [], out var families, out var problem))
        {
            return ApiError.BadRequest(problem);
        }

        var result = await accounts.CreateAsync(body.Slug, body.Name, families, cancellationToken);
        return result.Succeeded ? TypedResults.Created($"/api/v2/admin/accounts/{result.Value!.Slug}", result.Value) : ToError(result);
    }

    public static async Task<Results<Ok<AccountView>, ApiError>> GetAccount(string slug, AccountAdministration accounts, CancellationToken cancellationToken) =>
        ToHttp(await accounts.GetAsync(slug, cancellationToken));

    public static async Task<Results<Ok<AccountView>, ApiError>> UpdateAccount(
        string slug, UpdateAccountRequest body, AccountAdministration accounts, CancellationToken cancellationToken) =>
        body.IsDisabled is { } disabled
            ? ToHttp(await accounts.SetDisabledAsync(slug, disabled, cancellationToken))
            : ToHttp(await accounts.GetAsync(slug, cancellationToken));

    public static async Task<Results<Ok<AccountView>, ApiError>> SetRateLimit(
        string slug, RateLimitRequest body, AccountAdministration accounts, CancellationToken cancellationToken) =>
        ToHttp(await accounts.SetRateLimitAsync(slug, body.PerMinute, cancellationToken));

    public static async Task<Results<Ok<AccountView>, ApiError>> GrantFamily(string slug, string family, AccountAdministration accounts, CancellationToken cancellationToken) =>
        ApiFamilies.TryParse(family, out var parsed)
            ? ToHttp(await accounts.GrantAsync(slug, parsed, cancellationToken))
            : UnknownFamily(family);

    public static async Task<Results<Ok<AccountView>, ApiError>> RevokeFamily(string slug, string family, AccountAdministration accounts, CancellationToken cancellationToken) =>
        ApiFamilies.TryParse(family, out var parsed)
            ? ToHttp(await accounts.RevokeAsync(slug, parsed, cancellationToken))
            : UnknownFamily(family);

    public static async Task<Results<Ok<AccountView>, ApiError>> AddGstin(string slug, string gstin, AccountAdministration accounts, CancellationToken cancellationToken) =>
        ToHttp(await accounts.AddGstinAsync(slug, gstin, cancellationToken));

    public static async Task<Results<Ok<AccountView>, ApiError>> RemoveGstin(string slug, string gstin, AccountAdministration accounts, CancellationToken cancellationToken) =>
        ToHttp(await accounts.RemoveGstinAsync(slug, gstin, cancellationToken));

    public static async Task<Results<Ok<AccountView>, ApiError>> AddSubid(string slug, string subid, AccountAdministration accounts, CancellationToken cancellationToken) =>
        ToHttp(await accounts.AddSubidAsync(slug, subid, cancellationToken));

    public static async Task<Results<Ok<AccountView>, ApiError>> RemoveSubid(string slug, string subid, AccountAdministration accounts, CancellationToken cancellationToken) =>
        ToHttp(await accounts.RemoveSubidAsync(slug, subid, cancellationToken));

    public static async Task<Results<Created<UserView>, ApiError>> AddUser(
        string slug, AddUserRequest body, UserAdministration users, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(body.Username) || body.Password is null)
        {
            return ApiError.BadRequest("username and password are required.");
        }

        if (!Enum.TryParse<UserRole>(body.Role ?? nameof(UserRole.Member), ignoreCase: true, out var role))
        {
            return ApiError.BadRequest("role must be 'member' or 'admin'.");
        }

        var result = await users.AddUserAsync(slug, body.Username, body.Email, body.Password, role, cancellationToken);
        return result.Succeeded ? TypedResults.Created($"/api/v2/admin/users/{result.Value!.Username}", result.Value) : ToError(result);
    }

    public static async Task<Results<Ok<UserView>, ApiError>> UpdateUser(
        string username, UpdateUserRequest body, UserAdministration users, CancellationToken cancellationToken)
    {
        if (body.IsDisabled is null && body.Password is null)
        {
            return ApiError.BadRequest("Send is_disabled and/or password.");
        }

        AdminResult<UserView> result = default;
        if (body.Password is not null)
        {
            result = await users.SetPasswordAsync(username, body.Password, cancellationToken);
        }

        if (body.IsDisabled is { } disabled && (body.Password is null || result.Succeeded))
        {
            result = await users.SetUserDisabledAsync(username, disabled, cancellationToken);
        }

        return ToHttp(result);
    }

    private static ApiError UnknownFamily(string family) => ApiError.BadRequest($"Unknown API family '{family}'. Known: {ApiFamilies.WireNames}.");

    internal static Results<Ok<T>, ApiError> ToHttp<T>(AdminResult<T> result) =>
        result.Succeeded ? TypedResults.Ok(result.Value!) : ToError(result);

    internal static ApiError ToError<T>(AdminResult<T> result) => result.Problem switch
    {
        AdminProblem.NotFound => ApiError.NotFound(result.Message!),
        AdminProblem.Conflict => ApiError.Conflict(result.Message!),
        _ => ApiError.BadRequest(result.Message!),
    };
}
