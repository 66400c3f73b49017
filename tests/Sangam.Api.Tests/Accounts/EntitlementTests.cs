using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Sangam.Api.Accounts;
using Sangam.Api.Auth;

namespace Sangam.Api.Tests.Accounts;

/// <summary>Every endpoint of every API family refuses accounts not entitled to the family and foreign Subids.</summary>
public sealed class EntitlementTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private readonly SangamServer server = shared.Server;

    [Fact]
    public void Every_family_endpoint_is_found()
    {
        Assert.Contains(FamilyEndpoints(), e => e.Family == ApiFamily.Vehicles);
    }

    [Fact]
    public async Task An_account_without_the_family_gets_403_on_each_of_its_endpoints()
    {
        // One account (and login) per family: creating users is deliberately slow (PBKDF2).
        foreach (var family in FamilyEndpoints().GroupBy(e => e.Family))
        {
            var others = ApiFamilies.All.Where(f => f != family.Key).ToArray();
            using var client = await server.ClientForAsync(await server.CreateAccountAsync(others));
            foreach (var endpoint in family)
            {
                using var response = await client.SendAsync(endpoint.Request());

                Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{endpoint} answered {(int)response.StatusCode}");
                var message = await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.Forbidden);
                Assert.Contains($"'{endpoint.Family.WireName()}'", message, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Another_accounts_subid_gets_403_on_each_family_endpoint()
    {
        var stranger = await server.CreateAccountAsync();
        foreach (var family in FamilyEndpoints().GroupBy(e => e.Family))
        {
            using var client = await server.ClientForAsync(await server.CreateAccountAsync(family.Key));
            foreach (var endpoint in family)
            {
                using var request = endpoint.Request();
                request.Headers.Add("Subid", stranger.Subid);

                using var response = await client.SendAsync(request);

                Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{endpoint} answered {(int)response.StatusCode}");
                Assert.Contains("Subid", await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.Forbidden), StringComparison.Ordinal);
            }
        }
    }

    private List<FamilyEndpoint> FamilyEndpoints() =>
    [
        .. server.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ApiFamilyMetadata>() is not null)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(method => new FamilyEndpoint(e.Metadata.GetMetadata<ApiFamilyMetadata>()!.Family, method, PathOf(e.RoutePattern)))),
    ];

    // Route parameters get a placeholder: the entitlement check must refuse before anything looks at them.
    private static string PathOf(RoutePattern pattern)
    {
        var path = new StringBuilder();
        foreach (var segment in pattern.PathSegments)
        {
            path.Append('/');
            foreach (var part in segment.Parts)
            {
                path.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternParameterPart => "1",
                    _ => "",
                });
            }
        }

        return path.ToString();
    }

    private sealed record FamilyEndpoint(ApiFamily Family, string Method, string Path)
    {
        public HttpRequestMessage Request() => new(new HttpMethod(Method), Path)
        {
            Content = Method is "GET" or "DELETE" ? null : JsonContent.Create(new { }),
        };

        public override string ToString() => $"{Method} {Path} ({Family.WireName()})";
    }
}
