using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Scalar.AspNetCore;
using Sangam.Api.Platform.Errors;

namespace Sangam.Api.Platform.OpenApi;

/// <summary>The OpenAPI document at <c>/openapi/v1.json</c> and the interactive reference at <c>/docs</c>.</summary>
public static class OpenApiSetup
{
    public const string DocumentPath = "/openapi/{documentName}.json";

    private const string SecurityScheme = "JWT";

    public static IServiceCollection AddSangamOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, context, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "Sangam API",
                    Version = "v2",
                    Description = "Indian logistics and GST-compliance APIs, wire-compatible with the Masters India APIs. "
                        + "Log in at POST /api/v2/token-auth/ and send `Authorization: JWT <token>`. "
                        + "Errors use the documented envelope {\"response\": null, \"error\": \"true\", \"code\": \"<status>\", \"message\": ...}.",
                };
                document.Servers = [];
                KeepTrailingSlashes(document, context.ApplicationServices);
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[SecurityScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.ApiKey,
                    In = ParameterLocation.Header,
                    Name = "Authorization",
                    Description = "`JWT <access token>` (or `Bearer <access token>`).",
                };
                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, context, _) =>
            {
                var metadata = context.Description.ActionDescriptor.EndpointMetadata;
                var requiresAuth = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
                if (requiresAuth)
                {
                    operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SecurityScheme, context.Document)] = [] }];
                    AddError(operation, StatusCodes.Status401Unauthorized, "Missing, invalid, expired or revoked token.");
                    AddError(operation, StatusCodes.Status403Forbidden, "The account is not entitled to this API, the Subid belongs to another account, or the role is insufficient.");
                    AddError(operation, StatusCodes.Status429TooManyRequests, "The account's rate limit is exceeded; see Retry-After.");
                }

                return Task.CompletedTask;
            });
        });

    private static void AddError(OpenApiOperation operation, int status, string description)
    {
        operation.Responses ??= [];
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!operation.Responses.ContainsKey(key))
        {
            operation.Responses[key] = new OpenApiResponse
            {
                Description = description,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/json"] = new() { Schema = new OpenApiSchemaReference(nameof(ErrorEnvelope)) },
                },
            };
        }
    }

    // The generator drops trailing slashes; the contract's paths have them (/api/v2/token-auth/), so restore them.
    private static void KeepTrailingSlashes(OpenApiDocument document, IServiceProvider services)
    {
        var withSlash = services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText)
            .Where(raw => raw is { Length: > 1 } && raw.EndsWith('/'))
            .Select(raw => "/" + raw!.Trim('/'))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var path in document.Paths.Keys.Where(withSlash.Contains).ToList())
        {
            var item = document.Paths[path];
            document.Paths.Remove(path);
            document.Paths[path + "/"] = item;
        }
    }

    public static WebApplication MapSangamOpenApi(this WebApplication app)
    {
        // Only documents that exist match, so another name is the platform's 404 in the envelope, not a plain-text one.
        app.MapOpenApi(DocumentPath.Replace("{documentName}", "{documentName:regex(^v1$)}", StringComparison.Ordinal));
        app.MapScalarApiReference("/docs", options => options.WithTitle("Sangam API").WithOpenApiRoutePattern(DocumentPath));
        return app;
    }
}
