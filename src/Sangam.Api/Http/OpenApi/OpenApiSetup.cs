using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Sangam.Api.Auth;
using Sangam.Api.Http.Errors;
using Scalar.AspNetCore;

namespace Sangam.Api.Http.OpenApi;

/// <summary>The OpenAPI document at <c>/openapi/v1.json</c> and the interactive reference at <c>/docs</c>.</summary>
public static class OpenApiSetup
{
    public const string DocumentPath = "/openapi/{documentName}.json";

    private const string SecurityScheme = "JWT";

    private const string ApiKeySecurityScheme = "ApiKey";

    /// <summary>Tags in the order a user meets them: log in first, then the lookups, then the rest.</summary>
    private static readonly (string Name, string Description)[] Tags =
    [
        ("Authentication", "Log in with username and password, then send `Authorization: JWT <token>` on every call. Tokens last a day; refresh them with the refresh token. "
            + "Machine clients may instead send `Authorization: ApiKey <key>` with a long-lived key an administrator issued to the account."),
        ("Vehicle and driver checks", "VAHAN registration, SARATHI driving licence, FASTag and e-Challan over ULIP, and one dispatch-readiness verdict."),
        ("SIM tracking", "Consent-based location of a driver's phone through the mobile operator, with consent changes posted to your webhook."),
        ("Invoice OCR", "Tax invoices, e-invoice QR codes, delivery orders and bills of entry read from a PDF or image."),
        ("Vendor verification", "MCA company status of a CIN or LLPIN, and company search by name."),
        ("IRN (e-invoices)", "E-invoices received or issued by your GSTINs, by acknowledgement month or days."),
        ("Usage", "Calls of your account per API and day."),
        ("Webhooks", "Events posted to your URL, signed: consent changes, driver positions (opt-in), OCR jobs, bulk readiness; and the history of their deliveries."),
        ("Administration", "Accounts, users, entitlements and the MCA registry (admin role)."),
    ];

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
                        + "Log in at `POST /api/v2/token-auth/` and send `Authorization: JWT <token>`, or send an API key as `Authorization: ApiKey <key>`. "
                        + "Errors use the documented envelope `{\"response\": null, \"error\": \"true\", \"code\": \"<status>\", \"message\": \"...\"}`, "
                        + "with a `hint` that names the expected form by example where the input was wrong.",
                };

                // The generator names the server the document was asked from, so that snippets carry the full URL;
                // the paths start with a slash, so the server URL must not end with one.
                foreach (var server in document.Servers ?? [])
                {
                    server.Url = server.Url?.TrimEnd('/');
                }

                KeepTrailingSlashes(document, context.ApplicationServices);
                OrderTags(document);
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[SecurityScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.ApiKey,
                    In = ParameterLocation.Header,
                    Name = "Authorization",
                    Description = "`JWT <access token>` (or `Bearer <access token>`).",
                };
                document.Components.SecuritySchemes[ApiKeySecurityScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.ApiKey,
                    In = ParameterLocation.Header,
                    Name = "Authorization",
                    Description = "`ApiKey <key>`: a long-lived key of the account (`sangam_` and 56 letters and digits), issued by an administrator "
                        + "and limited to some API families if it was issued so. Not accepted by the administration calls.",
                };
                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, context, _) =>
            {
                var metadata = context.Description.ActionDescriptor.EndpointMetadata;
                var requiresAuth = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
                if (requiresAuth)
                {
                    // Alternatives: a login's token, or (except where a user's login is needed) an API key.
                    operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SecurityScheme, context.Document)] = [] }];
                    if (!metadata.OfType<LoginOnlyMetadata>().Any())
                    {
                        operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeySecurityScheme, context.Document)] = [] });
                    }

                    AddError(operation, StatusCodes.Status401Unauthorized, "Missing, invalid, expired or revoked token or API key.");
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

    private static void OrderTags(OpenApiDocument document)
    {
        // Listed tags in their order, any other after them by name; a generated tag of a listed name is the listed one.
        var order = Tags.Select(t => t.Name).ToList();
        var tags = new SortedSet<OpenApiTag>(Comparer<OpenApiTag>.Create((a, b) =>
            Rank(a) != Rank(b) ? Rank(a).CompareTo(Rank(b)) : StringComparer.Ordinal.Compare(a.Name, b.Name)));
        foreach (var (name, description) in Tags)
        {
            tags.Add(new OpenApiTag { Name = name, Description = description });
        }

        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
        {
            tags.Add(tag);
        }

        document.Tags = tags;

        int Rank(OpenApiTag tag) => order.IndexOf(tag.Name ?? "") is >= 0 and var index ? index : order.Count;
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

        // The reference is the server's own: none of the docs tool's hosted services (AI agent, MCP, the developer
        // toolbar with deploy and share, telemetry). Snippets carry the contract's Authorization header.
        app.MapScalarApiReference("/docs", options => options
            .WithTitle("Sangam API")
            .WithOpenApiRoutePattern(DocumentPath)
            .DisableAgent()
            .DisableMcp()
            .HideDeveloperTools()
            .DisableTelemetry()
            .AddPreferredSecuritySchemes([SecurityScheme])
            .AddApiKeyAuthentication(SecurityScheme, key => key.Value = "JWT <token>"));
        app.MapPostmanCollection();
        return app;
    }
}
