using System.Diagnostics;
using System.Globalization;
using Sangam.Bench.Ocr;
using Sangam.India.EInvoicing;
using Sangam.Ocr;
using Sangam.Ocr.Corpus;
using Sangam.Ocr.Corpus.Output;
using Sangam.Ocr.Corpus.Truth;
using Sangam.Ocr.Recognition;

// Usage: dotnet run -c Release --project bench/Sangam.Bench.Ocr -- [--per-condition N] [--out FILE] [--real FOLDER] [--only TEXT] [--no-speed]
var perCondition = IntArgument("--per-condition", 12);
var only = Argument("--only");
var measureSpeed = !args.Contains("--no-speed");
var output = Argument("--out") ?? Path.Combine("bench", "results", "ocr.md");
var realFolder = Argument("--real");

using var signer = new EInvoiceSigner();
using var keys = NicKeyStore.CreateWithNicKeys();
keys.Add(signer.KeyId, "corpus test IRP key", signer.Key);
using var reader = new DocumentReader(new DocumentReaderOptions { Ocr = new OcrEngineOptions { MaxEngines = 1 } });
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

if (realFolder is not null)
{
    foreach (var (name, type, file, expected) in RealDocuments.Load(realFolder))
    {
        results.Add(await evaluator.EvaluateAsync(name, "real documents", type, file, expected));
    }
}

if (!measureSpeed)
{
    // A quick look at accuracy (e.g. one condition while tuning): no speed run, no report file.
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"all key fields exact: {results.Count(r => r.AllKeyFieldsRight)} / {results.Count}"));
    return;
}

var speed = await MeasureSpeedAsync(perCondition);
var report = Report.Write(results, speed, machine, loadBefore, Machine.LoadAverage(), perCondition);
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
await File.WriteAllTextAsync(output, report);
Console.WriteLine($"Wrote {output}");

// The clean 300 dpi invoice set, timed page by page through the pipeline and the tesseract command, interleaved.
async Task<SpeedResult> MeasureSpeedAsync(int count)
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

        using var parallelReader = new DocumentReader(new DocumentReaderOptions { Ocr = new OcrEngineOptions { MaxEngines = 2 } });
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

static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

string? Argument(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

int IntArgument(string name, int fallback) => Argument(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
