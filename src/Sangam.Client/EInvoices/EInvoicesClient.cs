using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Sangam.Client.Http;

namespace Sangam.Client.EInvoices;

/// <summary>
/// The IRN APIs: e-invoices received (purchases) and issued (sales) by a GSTIN of the account, one e-invoice by
/// IRN, and the import of IRP responses into the account's store.
/// </summary>
public sealed class EInvoicesClient
{
    /// <summary>The most items a page holds.</summary>
    public const int MaxPageSize = 2000;

    /// <summary>The most days a list by acknowledgement days (without a month) covers.</summary>
    public const int MaxRangeDays = 366;

    private const string BasePath = "api/v2/saas-apis/irn/";

    private readonly SangamConnection _connection;

    internal EInvoicesClient(SangamConnection connection) => _connection = connection;

    /// <summary>One page of a GSTIN's e-invoices acknowledged in a month (<c>GET /api/v2/saas-apis/irn/</c>).</summary>
    /// <param name="gstin">A GSTIN of the account.</param>
    /// <param name="year">Year of acknowledgement.</param>
    /// <param name="month">Month of acknowledgement, 1-12.</param>
    /// <param name="type">Purchases (the GSTIN is the buyer) or sales (the seller).</param>
    /// <param name="ackDateFrom">First acknowledgement day, if narrower than the month.</param>
    /// <param name="ackDateTo">Last acknowledgement day, if narrower than the month.</param>
    /// <param name="page">The page, from 1.</param>
    /// <param name="pageSize">Items per page, at most <see cref="MaxPageSize"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<IrnListPage> ListAsync(
        string gstin, int year, int month, IrnType type, DateOnly? ackDateFrom = null, DateOnly? ackDateTo = null,
        int page = 1, int pageSize = MaxPageSize, CancellationToken cancellationToken = default) =>
        ListPageAsync(gstin, string.Create(CultureInfo.InvariantCulture, $"year={year}&month={month}"), type, ackDateFrom, ackDateTo, page, pageSize, cancellationToken);

    /// <summary>
    /// One page of a GSTIN's e-invoices acknowledged between two days, whatever their months (at most
    /// <see cref="MaxRangeDays"/> days).
    /// </summary>
    /// <param name="gstin">A GSTIN of the account.</param>
    /// <param name="type">Purchases (the GSTIN is the buyer) or sales (the seller).</param>
    /// <param name="ackDateFrom">First acknowledgement day.</param>
    /// <param name="ackDateTo">Last acknowledgement day.</param>
    /// <param name="page">The page, from 1.</param>
    /// <param name="pageSize">Items per page, at most <see cref="MaxPageSize"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<IrnListPage> ListAsync(
        string gstin, IrnType type, DateOnly ackDateFrom, DateOnly ackDateTo, int page = 1, int pageSize = MaxPageSize, CancellationToken cancellationToken = default) =>
        ListPageAsync(gstin, null, type, ackDateFrom, ackDateTo, page, pageSize, cancellationToken);

    /// <summary>Every e-invoice of the month, page after page, as they arrive.</summary>
    /// <inheritdoc cref="ListAsync(string, int, int, IrnType, DateOnly?, DateOnly?, int, int, CancellationToken)" path="/param"/>
    public IAsyncEnumerable<IrnListItem> ListAllAsync(
        string gstin, int year, int month, IrnType type, DateOnly? ackDateFrom = null, DateOnly? ackDateTo = null,
        int pageSize = MaxPageSize, CancellationToken cancellationToken = default) =>
        EveryPageAsync(page => ListAsync(gstin, year, month, type, ackDateFrom, ackDateTo, page, pageSize, cancellationToken), cancellationToken);

    /// <summary>Every e-invoice acknowledged between two days, page after page, as they arrive.</summary>
    /// <inheritdoc cref="ListAsync(string, IrnType, DateOnly, DateOnly, int, int, CancellationToken)" path="/param"/>
    public IAsyncEnumerable<IrnListItem> ListAllAsync(
        string gstin, IrnType type, DateOnly ackDateFrom, DateOnly ackDateTo, int pageSize = MaxPageSize, CancellationToken cancellationToken = default) =>
        EveryPageAsync(page => ListAsync(gstin, type, ackDateFrom, ackDateTo, page, pageSize, cancellationToken), cancellationToken);

    /// <summary>
    /// One e-invoice (<c>GET /api/v2/saas-apis/irn/{irn}</c>) where <paramref name="gstin"/> is seller or buyer.
    /// Throws <see cref="SangamNotFoundException"/> when there is none.
    /// </summary>
    public Task<IrnDetail> GetAsync(string gstin, string irn, CancellationToken cancellationToken = default) =>
        _connection.SendAsync<IrnDetail>(HttpMethod.Get, BasePath + Uri.EscapeDataString(irn.Trim().ToLowerInvariant()), null, GstinHeader(gstin), cancellationToken);

    /// <summary>Imports IRP responses into the account's store (<c>POST /api/v2/saas-apis/irn/import</c>), with a verdict per item.</summary>
    public Task<IrnImportResult> ImportAsync(IEnumerable<IrpResponse> responses, CancellationToken cancellationToken = default) =>
        _connection.SendAsync<IrnImportResult>(HttpMethod.Post, BasePath + "import", SangamConnection.Json(responses.ToList()), cancellationToken);

    /// <summary>Imports a JSON document as exported by an IRP or GSP: one IRP response or an array of them, sent as it is.</summary>
    public Task<IrnImportResult> ImportJsonAsync(string json, CancellationToken cancellationToken = default) =>
        _connection.SendAsync<IrnImportResult>(HttpMethod.Post, BasePath + "import",
            () => new StringContent(json, Encoding.UTF8, "application/json"), cancellationToken);

    private Task<IrnListPage> ListPageAsync(
        string gstin, string? month, IrnType type, DateOnly? ackDateFrom, DateOnly? ackDateTo, int page, int pageSize, CancellationToken cancellationToken)
    {
        var query = new StringBuilder("?irn_type=").Append(type == IrnType.Sales ? "sales" : "purchase")
            .Append(CultureInfo.InvariantCulture, $"&page={page}&page_size={pageSize}");
        if (month is not null)
        {
            query.Append('&').Append(month);
        }

        if (ackDateFrom is { } from)
        {
            query.Append("&ack_date_from=").Append(from.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        }

        if (ackDateTo is { } to)
        {
            query.Append("&ack_date_to=").Append(to.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        }

        return _connection.SendAsync<IrnListPage>(HttpMethod.Get, BasePath + query, null, GstinHeader(gstin), cancellationToken);
    }

    private static async IAsyncEnumerable<IrnListItem> EveryPageAsync(
        Func<int, Task<IrnListPage>> listPage, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var page = 1; ; page++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = await listPage(page).ConfigureAwait(false);
            foreach (var item in result.Data)
            {
                yield return item;
            }

            if (result.TotalPage is not { } total || page >= total)
            {
                yield break;
            }
        }
    }

    private static Dictionary<string, string> GstinHeader(string gstin) => new() { ["Gstin"] = gstin.Trim().ToUpperInvariant() };
}
