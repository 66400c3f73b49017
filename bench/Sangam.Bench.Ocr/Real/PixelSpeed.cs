using System.Globalization;

namespace Sangam.Bench.Ocr.Real;

/// <summary>
/// Seconds per page on the documents read wholly from pixels, for the pipeline (decode, QR, preprocessing,
/// OCR, extraction) and for the raw tesseract command on the same pages in the same run.
/// </summary>
internal readonly record struct PixelSpeed(int Pages, double Pipeline, double Baseline)
{
    public static PixelSpeed Of(IEnumerable<RealResult> results)
    {
        var timed = results.Where(result => result.AllPagesOcr && result.BaselineSeconds is not null).ToList();
        var pages = timed.Sum(result => result.Pages);
        return pages == 0
            ? default
            : new PixelSpeed(pages, timed.Sum(result => result.Seconds) / pages, timed.Sum(result => result.BaselineSeconds!.Value) / pages);
    }

    public override string ToString() =>
        Pages == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{Pipeline:0.00} / {Baseline:0.00} ({Pipeline / Baseline:0.00}×, {Pages} pages)");
}
