using System.Diagnostics;
using System.Text;
using Sangam.Api.Data;
using Sangam.Api.Vendors.Import.Bulk;
using Sangam.Api.Vendors.Registry;

namespace Sangam.Api.Vendors.Import;

/// <summary>
/// Loads an MCA company master data CSV into the registry as it streams in: rows are parsed and checked one by one,
/// written in batches by the provider's <see cref="RegistryBulkWriter"/>, and forgotten, so memory stays flat for
/// files of millions of rows. Re-importing a file, or a newer one, updates changed companies and never duplicates:
/// within a file the last row for a CIN wins.
/// </summary>
public sealed partial class RegistryImporter(SangamDb db, TimeProvider time, ILogger<RegistryImporter> logger)
{
    private const int ExamplesPerReason = 5;

    public async Task<ImportSummary> ImportAsync(Stream csv, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        using var text = new StreamReader(csv, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
        var reader = new CsvRecordReader(text);
        var fields = new List<string>(32);
        if (!await reader.ReadAsync(fields, cancellationToken))
        {
            return Refused("The file is empty.");
        }

        if (!MasterDataColumns.TryCreate(fields, out var columns, out var problem))
        {
            return Refused(problem);
        }

        var tally = new Tally();
        await using var writer = await RegistryBulkWriter.OpenAsync(db, CompanySource.MasterData, time.GetUtcNow(), cancellationToken);
        var batch = new List<CompanyRecord>(writer.BatchSize);
        var batchCins = new HashSet<string>(StringComparer.Ordinal);
        string? Field(MasterDataField field) => columns.Get(fields, field);

        while (await reader.ReadAsync(fields, cancellationToken))
        {
            if (fields is [{ Length: 0 }])
            {
                continue;
            }

            tally.RowsRead++;
            if (fields.Count != columns.Width || reader.UnterminatedQuote)
            {
                tally.Reject(RejectionReason.MalformedRow, reader.RecordLine,
                    reader.UnterminatedQuote ? "a quoted field is never closed" : $"{fields.Count} columns, the header has {columns.Width}");
                continue;
            }

            if (!MasterDataParser.TryParse(Field, out var record, out var reason, out var detail))
            {
                tally.Reject(reason, reader.RecordLine, detail);
                continue;
            }

            // A CIN seen again ends the batch first, so the later row is applied after the earlier one, as in the file.
            if (batch.Count == writer.BatchSize || !batchCins.Add(record.Cin))
            {
                await FlushAsync(writer, batch, tally, progress, cancellationToken);
                batchCins.Clear();
                batchCins.Add(record.Cin);
            }

            batch.Add(record);
        }

        await FlushAsync(writer, batch, tally, progress, cancellationToken);
        var elapsed = stopwatch.ElapsedMilliseconds;
        var summary = new ImportSummary(null, tally.RowsRead, tally.Inserted, tally.Updated, tally.Unchanged, tally.Rejected,
            tally.Groups(), elapsed, elapsed == 0 ? tally.RowsRead : tally.RowsRead * 1000 / elapsed);
        LogImported(logger, summary.RowsRead, summary.Inserted, summary.Updated, summary.Unchanged, summary.Rejected, elapsed);
        return summary;
    }

    private static ImportSummary Refused(string problem) => new(problem, 0, 0, 0, 0, 0, [], 0, 0);

    private static async Task FlushAsync(
        RegistryBulkWriter writer, List<CompanyRecord> batch, Tally tally, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        if (batch.Count > 0)
        {
            var result = await writer.WriteAsync(batch, cancellationToken);
            tally.Inserted += result.Inserted;
            tally.Updated += result.Updated;
            tally.Unchanged += batch.Count - result.Inserted - result.Updated;
            batch.Clear();
        }

        progress?.Report(new ImportProgress(tally.RowsRead, tally.Inserted, tally.Updated, tally.Unchanged, tally.Rejected));
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "MCA master data imported: {Rows} rows, {Inserted} inserted, {Updated} updated, {Unchanged} unchanged, {Rejected} rejected in {ElapsedMs} ms")]
    private static partial void LogImported(ILogger logger, long rows, long inserted, long updated, long unchanged, long rejected, long elapsedMs);

    private sealed class Tally
    {
        private readonly Dictionary<RejectionReason, (long Count, List<RejectedRow> Examples)> _rejections = [];

        public long RowsRead { get; set; }

        public long Inserted { get; set; }

        public long Updated { get; set; }

        public long Unchanged { get; set; }

        public long Rejected { get; private set; }

        public void Reject(RejectionReason reason, long line, string detail)
        {
            Rejected++;
            var (count, examples) = _rejections.GetValueOrDefault(reason, (0, []));
            if (examples.Count < ExamplesPerReason)
            {
                examples.Add(new RejectedRow(line, detail.Length > 200 ? detail[..200] + "..." : detail));
            }

            _rejections[reason] = (count + 1, examples);
        }

        public IReadOnlyList<RejectionGroup> Groups() =>
            [.. _rejections.OrderByDescending(r => r.Value.Count).Select(r => new RejectionGroup(r.Key, r.Value.Count, r.Value.Examples))];
    }
}
