using Sangam.Api.Accounts;
using Sangam.Api.Http.Errors;

namespace Sangam.Api.Auth;

/// <summary>Marks an endpoint as part of an API family (for entitlement checks, metering and the API description).</summary>
public sealed record ApiFamilyMetadata(ApiFamily Family);

public static class EntitlementEndpointExtensions
{
    public const string SubidHeader = "Subid";

    /// <summary>
    /// The caller must be authenticated, its account entitled to <paramref name="family"/>, and a <c>Subid</c> header,
    /// when sent, must be one of the account's subscription ids. Otherwise 401/403 in the envelope.
    /// </summary>
    public static TBuilder RequireFamily<TBuilder>(this TBuilder builder, ApiFamily family)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.RequireAuthorization();
        builder.WithMetadata(new ApiFamilyMetadata(family));
        builder.AddEndpointFilter(async (context, next) =>
        {
            var caller = context.HttpContext.FindCaller();
            if (caller is null)
            {
                return ApiError.Unauthorized();
            }

            if (!caller.Account.IsEntitledTo(family))
            {
                return ApiError.Forbidden($"Your account is not entitled to the '{family.WireName()}' APIs. Ask your administrator to enable them.");
            }

            if (!caller.IsEntitledTo(family))
            {
                return ApiError.Forbidden($"This API key may not call the '{family.WireName()}' APIs; it is limited to: {string.Join(", ", caller.ApiKey!.Families!.Select(f => f.WireName()).Order(StringComparer.Ordinal))}.");
            }

            string? subid = context.HttpContext.Request.Headers[SubidHeader];
            if (!string.IsNullOrWhiteSpace(subid) && !caller.Account.OwnsSubid(subid.Trim()))
            {
                return ApiError.Forbidden("The Subid header does not belong to your account.");
            }

            return await next(context);
        });
        return builder;
    }
}
