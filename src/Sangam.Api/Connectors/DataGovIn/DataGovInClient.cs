using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;
using Sangam.Api.Platform.Errors;

namespace Sangam.Api.Connectors.DataGovIn;

/// <summary>
/// The data.gov.in Open Government Data API: <c>GET /resource/{id}?api-key=&amp;format=json&amp;filters[CIN]=&amp;offset=&amp;limit=</c>.
/// Answers the upstream's records as it sends them (field name to value); failures become
/// <see cref="UpstreamException"/>s that say whether the upstream failed or timed out.
/// </summary>
public sealed partial class DataGovInClient(HttpClient http, IOptions<DataGovInOptions> options, ILogger<DataGovInClient> logger)
{
    public const string Upstream = "data.gov.in";

    /// <summary>Whether an API key is configured; without one the registry is the only source.</summary>
    public bool IsEnabled => !string.IsNullOrEmpty(options.Value.ApiKey);

    /// <summary>The company master data record of <paramref name="cin"/>, or null when the dataset has none.</summary>
    public async Task<IReadOnlyDictionary<string, string?>?> FindCompanyAsync(string cin, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var path = string.Create(CultureInfo.InvariantCulture,
            $"resource/{settings.CompanyMasterResource}?api-key={Uri.EscapeDataString(settings.ApiKey ?? "")}&format=json&filters[CIN]={Uri.EscapeDataString(cin)}&offset=0&limit=1");
        try
        {
            using var response = await http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                var detail = response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
                    ? $"the API key was refused (HTTP {(int)response.StatusCode})"
                    : $"HTTP {(int)response.StatusCode}";
                throw Failed(detail);
            }

            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
            return FirstRecord(document.RootElement);
        }
        catch (TimeoutRejectedException e)
        {
            LogFailed(logger, "timed out", e);
            throw new UpstreamException(Upstream, timedOut: true, "no answer in time", e);
        }
        catch (BrokenCircuitException e)
        {
            throw Failed("too many recent failures; not calling it for a while", e);
        }
        catch (RateLimiterRejectedException e)
        {
            throw Failed("too many lookups in flight", e);
        }
        catch (HttpRequestException e)
        {
            throw Failed("unreachable", e);
        }
        catch (JsonException e)
        {
            throw Failed("the answer is not the API's JSON", e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            LogFailed(logger, "timed out", e);
            throw new UpstreamException(Upstream, timedOut: true, "no answer in time", e);
        }
    }

    private UpstreamException Failed(string detail, Exception? inner = null)
    {
        LogFailed(logger, detail, inner);
        return new UpstreamException(Upstream, timedOut: false, detail, inner);
    }

    private static Dictionary<string, string?>? FirstRecord(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("records", out var records) || records.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("no records array");
        }

        foreach (var record in records.EnumerateArray())
        {
            if (record.ValueKind != JsonValueKind.Object)
            {
                throw new JsonException("a record is not an object");
            }

            return record.EnumerateObject().ToDictionary(
                p => p.Name,
                p => p.Value.ValueKind switch
                {
                    JsonValueKind.String => p.Value.GetString(),
                    JsonValueKind.Null => null,
                    _ => p.Value.GetRawText(),
                },
                StringComparer.OrdinalIgnoreCase);
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "data.gov.in lookup failed: {Detail}")]
    private static partial void LogFailed(ILogger logger, string detail, Exception? exception);
}
