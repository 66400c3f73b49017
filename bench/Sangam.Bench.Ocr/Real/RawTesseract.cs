using System.Diagnostics;
using System.Globalization;

namespace Sangam.Bench.Ocr.Real;

/// <summary>
/// The speed baseline on real documents: the raw tesseract command on each page the pipeline read from
/// pixels. An image file is given as it is; a PDF page is first rendered by <c>pdftoppm -r 300 -gray</c>
/// (not timed), the page the command would need.
/// </summary>
internal static class RawTesseract
{
    public static async Task<Timing> TimeAsync(string documentPath, IReadOnlyList<int> pages)
    {
        if (!documentPath.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            return await TesseractBaseline.TimeAsync(documentPath);
        }

        var folder = Directory.CreateTempSubdirectory("sangam-ocr-real");
        try
        {
            var timing = default(Timing);
            foreach (var page in pages)
            {
                var image = Path.Combine(folder.FullName, $"page-{page}");
                await RenderAsync(documentPath, page, image);
                timing += await TesseractBaseline.TimeAsync(image + ".pgm");
            }

            return timing;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task RenderAsync(string pdf, int page, string outputStem)
    {
        var number = page.ToString(CultureInfo.InvariantCulture);
        var start = new ProcessStartInfo("pdftoppm") { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-r", "300", "-gray", "-f", number, "-l", number, "-singlefile", pdf, outputStem })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftoppm did not start");
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"pdftoppm failed on page {page} of {pdf}: {errors}");
        }
    }
}
