using Sangam.Api.Accounts;
using Sangam.Api.Http.Errors;

namespace Sangam.Api.Auth;

/// <summary>An endpoint that needs a user's login (administration, a password change): API keys cannot call it.</summary>
public sealed class LoginOnlyMetadata
{
    public static readonly LoginOnlyMetadata Instance = new();

    private LoginOnlyMetadata()
    {
    }
}

public static class LoginOnlyEndpointExtensions
{
    /// <summary>Refuses calls made with an API key with 403; the OpenAPI document offers only the JWT scheme for these endpoints.</summary>
    public static TBuilder RequireLogin<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.WithMetadata(LoginOnlyMetadata.Instance);
        builder.AddEndpointFilter(async (context, next) => context.HttpContext.FindCaller()?.ApiKey is not null
            ? ApiError.Forbidden("This call needs a user's login (Authorization: JWT <token>); API keys cannot make it.")
            : await next(context));
        return builder;
    }
}
