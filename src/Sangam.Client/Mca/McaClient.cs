using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Sangam.Client.Http;

namespace Sangam.Client.Mca;

/// <summary>Vendor verification: MCA company status, company name search and (for admins) the master data import.</summary>
public sealed class McaClient
{
    private const string LookupPath = "api/v2/sbt/MCA/";
    private const string ImportPath = "api/v2/admin/mca/companies";

    private readonly SangamConnection _connection;

    internal McaClient(SangamConnection connection) => _connection = connection;

    /// <summary>
    /// The company with this CIN or LLPIN (<c>POST /api/v2/sbt/MCA/</c>), or null when no source knows it. A malformed
    /// identifier throws <see cref="SangamValidationException"/>; a failed upstream <see cref="SangamUpstreamException"/>.
    /// </summary>
    public async Task<McaCompany?> GetCompanyAsync(string cin, CancellationToken cancellationToken = default)
    {
        var envelope = await _connection.SendAsync<McaEnvelope>(HttpMethod.Post, LookupPath, SangamConnection.Json(new { cin }), cancellationToken);
        var item = envelope.Response is [var first, ..] ? first : throw new SangamException("The MCA answer has no item.");
        if (item.ResponseStatus == "ERROR")
        {
            return null;
        }

        return item.Response.Deserialize<McaCompanyWire>(SangamJson.Options)?.ToCompany()
            ?? throw new SangamException("The MCA answer has no company.");
    }

    /// <summary>Companies whose names contain the words of <paramref name="name"/> (the last may be incomplete), best match first.</summary>
    public Task<McaSearchResult> SearchAsync(string name, int? limit = null, CancellationToken cancellationToken = default)
    {
        var path = "api/v2/mca/search?name=" + Uri.EscapeDataString(name)
            + (limit is { } l ? "&limit=" + l.ToString(CultureInfo.InvariantCulture) : "");
        return _connection.SendAsync<McaSearchResult>(HttpMethod.Get, path, null, cancellationToken);
    }

    /// <summary>
    /// Streams an MCA company master data CSV to the server's registry (admins only). Re-importing updates, never
    /// duplicates. <paramref name="bytesSent"/> follows the upload, which the server reads as it imports. A large file
    /// takes minutes: give the client a <see cref="SangamClientOptions.Timeout"/> that covers it.
    /// </summary>
    public Task<McaImportSummary> ImportFileAsync(string path, IProgress<long>? bytesSent = null, CancellationToken cancellationToken = default) =>
        _connection.SendAsync<McaImportSummary>(HttpMethod.Put, ImportPath,
            () => Csv(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan), bytesSent),
            cancellationToken);

    /// <summary>As <see cref="ImportFileAsync"/>, from a stream; a retry after a network failure needs a seekable stream.</summary>
    public Task<McaImportSummary> ImportAsync(Stream csv, IProgress<long>? bytesSent = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var start = csv.CanSeek ? csv.Position : 0;
        return _connection.SendAsync<McaImportSummary>(HttpMethod.Put, ImportPath, () =>
        {
            if (csv.CanSeek)
            {
                csv.Position = start;
            }

            return Csv(new NonClosingStream(csv), bytesSent);
        }, cancellationToken);
    }

    private static StreamContent Csv(Stream source, IProgress<long>? bytesSent)
    {
        var content = new StreamContent(new UploadProgressStream(source, bytesSent), 1 << 16);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv") { CharSet = "utf-8" };
        return content;
    }
}
