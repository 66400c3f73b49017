using System.Diagnostics;
using System.Text;
using System.Threading.Channels;
using Sangam.Api.Data;
using Sangam.Api.Http.Csv;
using Sangam.Api.Mca.Import.Bulk;
using Sangam.Api.Mca.Registry;

namespace Sangam.Api.Mca.Import;

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

        // Parsing and writing overlap: the file is read on this task while the previous batch is written on another.
        // Two batches in flight at most keep memory flat.
        var batches = Channel.CreateBounded<List<CompanyRecord>>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        using var writerFailed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var writing = WriteBatchesAsync(writer, batches.Reader, tally, progress, writerFailed, cancellationToken);
        try
        {
            await ReadBatchesAsync(reader, columns, writer.BatchSize, batches.Writer, tally, writerFailed.Token);
        }
        catch (OperationCanceledException) when (writing.IsFaulted)
        {
            // The writer's exception, awaited below, is the one to report.
        }
        finally
        {
            batches.Writer.TryComplete();
        }

        await writing;
        await writer.CompleteAsync(cancellationToken);
        var elapsed = stopwatch.ElapsedMilliseconds;
        var summary = new ImportSummary(null, tally.RowsRead, tally.Inserted, tally.Updated, tally.Unchanged, tally.Rejected,
            tally.Groups(), elapsed, elapsed == 0 ? tally.RowsRead : tally.RowsRead * 1000 / elapsed);
        LogImported(logger, summary.RowsRead, summary.Inserted, summary.Updated, summary.Unchanged, summary.Rejected, elapsed);
        return summary;
    }

    private static async Task ReadBatchesAsync(
        CsvRecordReader reader, MasterDataColumns columns, int batchSize, ChannelWriter<List<CompanyRecord>> batches, Tally tally,
        CancellationToken cancellationToken)
    {
        var fields = new List<string>(32);
        string? Field(MasterDataField field) => columns.Get(fields, field);
        var batch = new List<CompanyRecord>(batchSize);
        var batchCins = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(fields, cancellationToken))
        {
            if (fields is [{ Length: 0 }])
            {
                continue;
            }

            tally.CountRow();
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
            if (batch.Count == batchSize || !batchCins.Add(record.Cin))
            {
                await batches.WriteAsync(batch, cancellationToken);
                batch = new List<CompanyRecord>(batchSize);
                batchCins.Clear();
                batchCins.Add(record.Cin);
            }

            batch.Add(record);
        }

        await batches.WriteAsync(batch, cancellationToken);
    }

    private static async Task WriteBatchesAsync(
        RegistryBulkWriter writer, ChannelReader<List<CompanyRecord>> batches, Tally tally, IProgress<ImportProgress>? progress,
        CancellationTokenSource writerFailed, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var batch in batches.ReadAllAsync(cancellationToken))
            {
                if (batch.Count > 0)
                {
                    var result = await writer.WriteAsync(batch, cancellationToken);
                    tally.CountWritten(result.Inserted, result.Updated, batch.Count - result.Inserted - result.Updated);
                }

                progress?.Report(tally.Progress());
            }
        }
        catch
        {
            await writerFailed.CancelAsync();
            throw;
        }
    }

    private static ImportSummary Refused(string problem) => new(problem, 0, 0, 0, 0, 0, [], 0, 0);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "MCA master data imported: {Rows} rows, {Inserted} inserted, {Updated} updated, {Unchanged} unchanged, {Rejected} rejected in {ElapsedMs} ms")]
    private static partial void LogImported(ILogger logger, long rows, long inserted, long updated, long unchanged, long rejected, long elapsedMs);

    /// <summary>Counts shared by the reading and the writing task.</summary>
    private sealed class Tally
    {
        private readonly Dictionary<RejectionReason, (long Count, List<RejectedRow> Examples)> _rejections = [];
        private long _rowsRead;
        private long _rejected;
        private long _inserted;
        private long _updated;
        private long _unchanged;

        public long RowsRead => Interlocked.Read(ref _rowsRead);

        public long Rejected => Interlocked.Read(ref _rejected);

        public long Inserted => Interlocked.Read(ref _inserted);

        public long Updated => Interlocked.Read(ref _updated);

        public long Unchanged => Interlocked.Read(ref _unchanged);

        public void CountRow() => Interlocked.Increment(ref _rowsRead);

        public void CountWritten(int inserted, int updated, int unchanged)
        {
            Interlocked.Add(ref _inserted, inserted);
            Interlocked.Add(ref _updated, updated);
            Interlocked.Add(ref _unchanged, unchanged);
        }

        public ImportProgress Progress() => new(RowsRead, Inserted, Updated, Unchanged, Rejected);

        // Called by the reading task only; read by others once it has finished.
        public void Reject(RejectionReason reason, long line, string detail)
        {
            Interlocked.Increment(ref _rejected);
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
