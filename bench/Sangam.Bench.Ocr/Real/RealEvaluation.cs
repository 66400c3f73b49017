using System.Globalization;
using Sangam.India.EInvoicing;
using Sangam.Ocr;
using Sangam.Ocr.Recognition;

namespace Sangam.Bench.Ocr.Real;

/// <summary>
/// The real corpus: every document with a ground-truth file, read and scored, with the raw tesseract
/// command timed on the same pixel pages. Options: <c>--truth FOLDER[:FOLDER...]</c> (default <c>corpus/truth</c>),
/// <c>--corpus FOLDER</c> (default <c>$SANGAM_REAL_CORPUS</c>, else <c>../shared/corpus/real</c>),
/// <c>--fetched</c> (the holdout set instead: <c>corpus/fetched/truth</c>, documents under <c>$SANGAM_FETCHED_CORPUS</c>),
/// <c>--development</c> (the development set of fetched documents: <c>corpus/development/truth</c>, same documents folder),
/// <c>--out FILE</c>, <c>--details FILE</c>, <c>--only TEXT</c> (documents whose path contains it),
/// <c>--kinds photo,scanned_pdf,...</c> (documents of these source kinds),
/// <c>--max-pages N</c>, <c>--no-baseline</c>; variants of the reader (<see cref="Arguments.Engine"/>): <c>--psm MODE</c>,
/// <c>--photo-psm MODE</c>, <c>--tessdata FOLDER</c> (another <c>eng.traineddata</c>), <c>--line-model FOLDER</c> (another
/// line-recognition network for the second reading; default the one beside the binaries, as the server),
/// <c>--single-reading</c> (no second reading).
/// </summary>
internal static class RealEvaluation
{
    /// <summary>The asynchronous API's default page limit: a file of several invoices is read whole.</summary>
    private const int DefaultMaxPages = 500;

    public static async Task RunAsync(Arguments args)
    {
        var truthArgument = args.Value("--truth");
        var fetchedSet = args.Flag("--fetched") ? "fetched" : args.Flag("--development") ? "development" : null;
        var corpus = fetchedSet is null ? RealCorpus.Locate(truthArgument, args.Value("--corpus")) : RealCorpus.LocateFetched(fetchedSet, args.Value("--corpus"));
        var only = args.Value("--only");
        var kinds = args.Value("--kinds")?.Split(',');
        var documents = corpus.Load()
            .Where(document => only is null || document.Truth.Document.Contains(only, StringComparison.Ordinal))
            .Where(document => kinds is null || kinds.Contains(document.Truth.SourceKind))
            .ToList();
        var output = RepositoryPaths.Resolve(args.Value("--out") ?? Path.Combine("bench", "results", "ocr-real.md"));
        var details = RepositoryPaths.Resolve(args.Value("--details") ?? Path.Combine("bench", "out", "ocr-real-documents.md"));
        var maxPages = args.Int("--max-pages", DefaultMaxPages);
        var options = new DocumentReaderOptions { Ocr = args.Engine() with { MaxEngines = 1 } };
        Console.WriteLine($"{documents.Count} documents with truth in {string.Join(" then ", corpus.TruthFolders)}; {corpus.Unmatched.Count} truth files without a document under {string.Join(" or ", corpus.DocumentRoots)}");

        using var keys = NicKeyStore.CreateWithNicKeys();
        using var reader = new DocumentReader(options);
        var evaluator = new RealEvaluator(reader, keys, maxPages);
        var machine = Machine.Describe();
        var loadBefore = Machine.LoadAverage();
        if (documents.Count > 0)
        {
            // Warm-up: JIT, engine initialisation and traineddata loading are not part of any measurement.
            await evaluator.EvaluateAsync(documents.Find(document => document.Truth.SourceKind == "photo") ?? documents[0]);
        }

        var results = new List<RealResult>();
        foreach (var document in documents)
        {
            var result = await evaluator.EvaluateAsync(document);
            if (!args.Flag("--no-baseline") && result.AllPagesOcr)
            {
                result = result with { Baseline = await RawTesseract.TimeAsync(document.Path, result.OcrPages) };
            }

            results.Add(result);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{document.Truth.Document,-90} {result.Pages,3}p {result.Time.Wall,6:0.00}s {result.Time.Cpu,6:0.00}s cpu {(result.KeyFieldsRight ? "ok" : "MISS")}{(result.Invented ? " INVENTED" : string.Empty)}{(result.Error is null ? string.Empty : " " + result.Error)}"));
        }

        var run = new RealRun(
            $"Tesseract {DocumentReader.TesseractVersion}, languages {options.Ocr.Languages} from {options.Ocr.TessdataPath ?? "the system tessdata"}, PSM {(int)options.Ocr.PageSegmentation} (photos {(int)options.Ocr.PhotoSegmentation}), one engine",
            fetchedSet switch
            {
                "fetched" => "`corpus/fetched/truth` (the holdout set)",
                "development" => "`corpus/development/truth` (the development set of fetched documents)",
                _ => truthArgument is null ? "`corpus/truth`" : "folders outside the repository given with `--truth`",
            },
            corpus.Unmatched.Count, machine, loadBefore, Machine.LoadAverage());
        await WriteAsync(output, RealReport.Write(results, run));
        await WriteAsync(details, RealDetails.Write(results));
    }

    private static async Task WriteAsync(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, text);
        Console.WriteLine($"Wrote {path}");
    }
}
