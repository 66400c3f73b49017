using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Sangam.Api.Http.Errors;

namespace Sangam.Api.Connectors.DataGovIn;

/// <summary>
/// The data.gov.in Open Government Data API: <c>GET /resource/{id}?api-key=&amp;format=json&amp;filters[CIN]=&amp;offset=&amp;limit=</c>.
/// Answers the upstream's records as it sends them (field name to value), or an <see cref="UpstreamFailure"/> that
/// says whether the upstream failed, timed out or refused the API key.
/// </summary>
public sealed partial class DataGovInClient(HttpClient http, IOptions<DataGovInOptions> options, ILogger<DataGovInClient> logger)
{
    public const string Upstream = "data.gov.in";

    /// <summary>Whether an API key is configured; without one the registry is the only source.</summary>
    public bool IsEnabled => !string.IsNullOrEmpty(options.Value.ApiKey);

    /// <summary>The company master data record of <paramref name="cin"/>; null when the dataset has none.</summary>
    public async Task<UpstreamResult<IReadOnlyDictionary<string, string?>?>> FindCompanyAsync(string cin, CancellationToken cancellationToken)
    {
        var result = await TryFindCompanyAsync(cin, cancellationToken);
        if (result.Failure is { } failure)
        {
            LogFailed(logger, failure.Kind, failure.Detail);
        }

        return result;
    }

    private async Task<UpstreamResult<IReadOnlyDictionary<string, string?>?>> TryFindCompanyAsync(string cin, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var path = string.Create(CultureInfo.InvariantCulture,
            $"resource/{settings.CompanyMasterResource}?api-key={Uri.EscapeDataString(settings.ApiKey ?? "")}&format=json&filters[CIN]={Uri.EscapeDataString(cin)}&offset=0&limit=1");
        try
        {
            using var response = await http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                return UpstreamFailure.Refused(Upstream, $"it refused the API key (HTTP {(int)response.StatusCode}); check DataGovIn:ApiKey");
            }

            if (!response.IsSuccessStatusCode)
            {
                var said = Said(await response.Content.ReadAsStringAsync(cancellationToken));
                return UpstreamFailure.Failed(Upstream, $"it answered HTTP {(int)response.StatusCode}{(said is null ? "" : " " + UpstreamFailure.Quote(said))}");
            }

            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
            return UpstreamResult<IReadOnlyDictionary<string, string?>?>.Answer(FirstRecord(document.RootElement));
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return UpstreamFailure.TimedOut(Upstream);
        }
        catch (Exception e) when (UpstreamFailure.FromException(Upstream, e) is { } failure && !cancellationToken.IsCancellationRequested)
        {
            return failure;
        }
    }

    // The error text of a body such as {"error": "Rate limit exceeded"}; null for anything else.
    private static string? Said(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && (document.RootElement.TryGetProperty("error", out var text) || document.RootElement.TryGetProperty("message", out text))
                && text.ValueKind == JsonValueKind.String
                    ? text.GetString()
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "data.gov.in lookup failed ({Kind}): {Detail}")]
    private static partial void LogFailed(ILogger logger, UpstreamFailureKind kind, string detail);
}
