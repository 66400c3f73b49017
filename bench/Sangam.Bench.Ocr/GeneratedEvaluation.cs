using System.Diagnostics;
using System.Globalization;
using Sangam.India.EInvoicing;
using Sangam.Ocr;
using Sangam.Ocr.Corpus;
using Sangam.Ocr.Corpus.Output;
using Sangam.Ocr.Corpus.Truth;
using Sangam.Ocr.Recognition;

namespace Sangam.Bench.Ocr;

/// <summary>
/// The generated corpus: every condition of <see cref="Condition.All"/>, then the clean 300 dpi pages timed
/// against the raw tesseract command. Options: <c>--per-condition N</c>, <c>--out FILE</c>, <c>--only TEXT</c>, <c>--no-speed</c>,
/// and the reader's variants <c>--single-reading</c>, <c>--line-model FOLDER</c>, <c>--psm MODE</c>, <c>--photo-psm MODE</c>
/// (see <see cref="Arguments.Engine"/>).
/// </summary>
internal static class GeneratedEvaluation
{
    public static async Task RunAsync(Arguments args)
    {
        var perCondition = args.Int("--per-condition", 12);
        var only = args.Value("--only");
        var output = RepositoryPaths.Resolve(args.Value("--out") ?? Path.Combine("bench", "results", "ocr.md"));
        var engine = args.Engine();

        using var signer = new EInvoiceSigner();
        using var keys = NicKeyStore.CreateWithNicKeys();
        keys.Add(signer.KeyId, "corpus test IRP key", signer.Key);
        using var reader = new DocumentReader(new DocumentReaderOptions { Ocr = engine with { MaxEngines = 1 } });
        var evaluator = new Evaluator(reader, keys);
        var machine = Machine.Describe();
        var loadBefore = Machine.LoadAverage();

        // Warm-up: JIT, engine initialisation and traineddata loading are not part of any measurement.
        var warmUp = CorpusBuilder.Invoices(RenderSpec.CleanPng(), 1, 1, signer).First();
        await evaluator.EvaluateAsync(warmUp.Name, "warm-up", warmUp.DocumentType, warmUp.Bytes, warmUp.ExpectedFields);

        var results = new List<DocumentResult>();
        foreach (var condition in Condition.All(perCondition, signer).Where(c => only is null || c.Name.Contains(only, StringComparison.Ordinal)))
        {
            foreach (var document in condition.Documents)
            {
                var result = await evaluator.EvaluateAsync(document.Name, condition.Name, document.DocumentType, document.Bytes, document.ExpectedFields);
                results.Add(result);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{condition.Name,-44} {document.Name,-36} {result.Seconds,5:0.00}s {(result.AllKeyFieldsRight ? "ok" : "MISS " + (result.Error ?? string.Join("; ", result.Misses.Values)))}"));
            }
        }

        if (args.Flag("--no-speed"))
        {
            // A quick look at accuracy (e.g. one condition while tuning): no speed run, no report file.
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"all key fields exact: {results.Count(r => r.AllKeyFieldsRight)} / {results.Count}"));
            return;
        }

        var speed = await MeasureSpeedAsync(perCondition, signer, keys, evaluator, warmUp, engine);
        var report = Report.Write(results, speed, machine, loadBefore, Machine.LoadAverage(), perCondition);
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        await File.WriteAllTextAsync(output, report);
        Console.WriteLine($"Wrote {output}");
    }

    /// <summary>The clean 300 dpi invoice set, timed page by page through the pipeline and the tesseract command, interleaved.</summary>
    private static async Task<SpeedResult> MeasureSpeedAsync(int count, EInvoiceSigner signer, NicKeyStore keys, Evaluator evaluator, CorpusDocument warmUp, OcrEngineOptions engine)
    {
        var folder = Directory.CreateTempSubdirectory("sangam-ocr-bench");
        try
        {
            var pages = CorpusBuilder.Invoices(RenderSpec.CleanPng(), count, 9000, signer).ToList();
            var pipeline = new List<double>();
            var baseline = new List<double>();
            foreach (var page in pages)
            {
                var path = Path.Combine(folder.FullName, page.Name + ".png");
                await File.WriteAllBytesAsync(path, page.Bytes);
                pipeline.Add((await evaluator.EvaluateAsync(page.Name, "speed", page.DocumentType, page.Bytes, page.ExpectedFields)).Seconds);
                baseline.Add(await TesseractBaseline.SecondsAsync(path));
            }

            using var parallelReader = new DocumentReader(new DocumentReaderOptions { Ocr = engine with { MaxEngines = 2 } });
            var parallelEvaluator = new Evaluator(parallelReader, keys);
            await parallelEvaluator.EvaluateAsync(warmUp.Name, "warm-up", warmUp.DocumentType, warmUp.Bytes, warmUp.ExpectedFields);
            var watch = Stopwatch.StartNew();
            await Parallel.ForEachAsync(pages, new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (page, _) =>
                await parallelEvaluator.EvaluateAsync(page.Name, "throughput", page.DocumentType, page.Bytes, page.ExpectedFields));
            return new SpeedResult(pages.Count, Median(pipeline), Median(baseline), pages.Count / watch.Elapsed.TotalSeconds);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
