using System.Diagnostics;
using Sangam.India.EInvoicing;
using Sangam.Ocr;
using Sangam.Ocr.Documents;

namespace Sangam.Bench.Ocr.Real;

/// <summary>
/// Reads a real document as each type it holds (invoice, bill of entry; a file with neither is read as an
/// invoice, so anything returned counts as made up) and scores the records against the truth.
/// </summary>
internal sealed class RealEvaluator(DocumentReader reader, NicKeyStore keys, int maxPages)
{
    public async Task<RealResult> EvaluateAsync(RealDocument document)
    {
        var truth = document.Truth;
        var bytes = await File.ReadAllBytesAsync(document.Path);
        var records = new List<RecordScore>();
        var errors = new List<string>();
        var (time, reads) = (default(Timing), 0);
        DocumentPages? pages = null;
        if (truth.Invoices.Count > 0 || truth.BillsOfEntry.Count == 0)
        {
            records.AddRange(await ReadAsync(DocumentType.Invoice, "invoice", FieldSpec.Invoice, truth.Invoices));
        }

        if (truth.BillsOfEntry.Count > 0)
        {
            records.AddRange(await ReadAsync(DocumentType.BillOfEntry, "bill of entry", FieldSpec.BillOfEntry, truth.BillsOfEntry));
        }

        var ocrPages = pages?.Pages.Where(page => page.Origin == TextOrigin.Ocr).Select(page => page.PageNumber).ToList() ?? [];
        var keyValues = TextRecall.Of(pages, truth.Invoices.Select(invoice => (FieldSpec.Invoice, invoice)).Concat(truth.BillsOfEntry.Select(boe => (FieldSpec.BillOfEntry, boe))));
        return new RealResult(document, records, pages?.Pages.Count ?? 0, ocrPages, time / reads, null, keyValues, errors.Count == 0 ? null : string.Join("; ", errors));

        async Task<List<RecordScore>> ReadAsync(DocumentType type, string name, IReadOnlyList<FieldSpec> specs, IReadOnlyList<TruthRecord> printed)
        {
            var cpu = CpuClock.Seconds;
            var watch = Stopwatch.StartNew();
            List<ReadRecord> read = [];
            try
            {
                var result = await reader.ReadAsync(bytes, type, keys, maxPages);
                if (result.Succeeded)
                {
                    pages ??= result.Value!.Pages;
                    read = ExtractedRecords.Of(result.Value!);
                }
                else
                {
                    errors.Add($"{result.Error!.Code}: {result.Error.Message}");
                }
            }
            catch (Exception e)
            {
                // A crash is the pipeline's bug, and is reported as such; the other documents still run.
                errors.Add($"{e.GetType().Name}: {e.Message}");
            }

            time += new Timing(watch.Elapsed.TotalSeconds, CpuClock.Seconds - cpu);
            reads++;
            return RecordMatcher.Score(name, specs, printed, read);
        }
    }
}
