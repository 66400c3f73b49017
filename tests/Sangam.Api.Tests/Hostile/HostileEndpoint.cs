using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Sangam.Api.Http.Errors;

namespace Sangam.Api.Tests.Hostile;

/// <summary>
/// One method of one endpoint of the running server, with the inputs its API description names (query parameters,
/// headers, body fields), so bad values go where the endpoint reads.
/// </summary>
internal sealed record HostileEndpoint(
    string Method, RouteEndpoint Endpoint, IReadOnlyList<string> QueryParameters, IReadOnlyList<string> HeaderParameters, IReadOnlyList<string> BodyFields)
{
    public override string ToString() => $"{Method} {Endpoint.RoutePattern.RawText}";

    public bool TakesBody => HttpMethods.IsPost(Method) || HttpMethods.IsPut(Method) || HttpMethods.IsPatch(Method);

    public bool HasRouteParameters => Endpoint.RoutePattern.Parameters.Count > 0;

    /// <summary>The path with every route parameter replaced by <paramref name="encodedValue"/> (already URL-encoded).</summary>
    public string PathWith(string encodedValue)
    {
        var path = new StringBuilder();
        foreach (var segment in Endpoint.RoutePattern.PathSegments)
        {
            path.Append('/');
            foreach (var part in segment.Parts)
            {
                path.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    _ => encodedValue,
                });
            }
        }

        if (Endpoint.RoutePattern.RawText?.EndsWith('/') == true || path.Length == 0)
        {
            path.Append('/');
        }

        return path.ToString();
    }

    /// <summary>Whether the endpoint documents <paramref name="status"/> (a 502 or 504 blames an upstream it declares).</summary>
    public bool Documents(int status) => Endpoint.Metadata.OfType<IProducesResponseTypeMetadata>().Any(m => m.StatusCode == status);

    /// <summary>Whether the contract gives this status a body of its own besides the envelope (login's per-field 400).</summary>
    public bool HasContractBody(int status) =>
        Endpoint.Metadata.OfType<IProducesResponseTypeMetadata>().Any(m => m.StatusCode == status && m.Type is not null && m.Type != typeof(ErrorEnvelope));
}
