using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Sangam.Ocr.Imaging;
using Sangam.Ocr.Layout;

namespace Sangam.Ocr.Recognition;

/// <summary>
/// PaddleOCR's PP-OCRv4 text detection network (differentiable binarisation) run through ONNX Runtime: a page in, the
/// boxes of its runs of text out, in page pixels. The network gives each pixel a probability of being text; pixels above
/// <see cref="TextThreshold"/> joined with their neighbours are a run, kept when their mean probability reaches
/// <see cref="BoxThreshold"/>, and grown back by the margin the network was trained to shrink text by.
/// </summary>
internal sealed class TextDetector : IDisposable
{
    private const float TextThreshold = 0.3f;

    private const float BoxThreshold = 0.6f;

    /// <summary>The network's training shrinks each text box by its area × (1 − 0.4²) / perimeter; this grows it back.</summary>
    private const double UnclipRatio = 1.5;

    /// <summary>
    /// The page's longer side is brought down to at most this many pixels (and padded to a multiple of 32, as the network
    /// needs): the network's time grows with the page's area, and at this size a photographed bill's letters still show.
    /// </summary>
    private const int LongSide = 1280;

    private readonly InferenceSession _session;
    private readonly string _inputName;

    public TextDetector(string networkPath)
    {
        _session = OnnxSessions.SingleThreaded(networkPath);
        _inputName = _session.InputMetadata.Keys.Single();
    }

    /// <summary>The boxes of the page's runs of text, top to bottom.</summary>
    public List<Box> Detect(GreyImage page)
    {
        var scale = Math.Min(1.0, (double)LongSide / Math.Max(page.Width, page.Height));
        using var scaled = page.Scaled(scale);
        var width = RoundUp32(scaled.Width);
        var height = RoundUp32(scaled.Height);
        using var results = _session.Run([NamedOnnxValue.CreateFromTensor(_inputName, Normalised(scaled, width, height))]);
        var map = ((DenseTensor<float>)results[0].AsTensor<float>()).Buffer.Span;
        var boxes = new List<Box>();
        foreach (var run in Runs(map, width, height))
        {
            var grow = run.Width * run.Height * UnclipRatio / (2.0 * (run.Width + run.Height));
            var grown = new Box(
                (int)((run.Left - grow) / scale), (int)((run.Top - grow) / scale),
                (int)Math.Ceiling((run.Right + grow) / scale), (int)Math.Ceiling((run.Bottom + grow) / scale));
            boxes.Add(grown.ClippedTo(page.Width, page.Height));
        }

        return [.. boxes.OrderBy(box => box.Top).ThenBy(box => box.Left)];
    }

    private static int RoundUp32(int pixels) => Math.Max(32, (pixels + 31) / 32 * 32);

    /// <summary>Grey levels to the network's input: three equal channels normalised as ImageNet's, white beyond the page.</summary>
    private static DenseTensor<float> Normalised(GreyImage page, int width, int height)
    {
        ReadOnlySpan<float> mean = [0.485f, 0.456f, 0.406f];
        ReadOnlySpan<float> deviation = [0.229f, 0.224f, 0.225f];
        var pixels = page.ToLuminance();
        var tensor = new DenseTensor<float>([1, 3, height, width]);
        var buffer = tensor.Buffer.Span;
        var plane = width * height;
        for (var channel = 0; channel < 3; channel++)
        {
            var white = (1f - mean[channel]) / deviation[channel];
            var target = buffer.Slice(channel * plane, plane);
            target.Fill(white);
            for (var y = 0; y < page.Height; y++)
            {
                for (var x = 0; x < page.Width; x++)
                {
                    target[(y * width) + x] = ((pixels[(y * page.Width) + x] / 255f) - mean[channel]) / deviation[channel];
                }
            }
        }

        return tensor;
    }

    /// <summary>Runs of 4-connected pixels above the text threshold whose mean probability reaches the box threshold.</summary>
    private static List<Box> Runs(ReadOnlySpan<float> map, int width, int height)
    {
        var runs = new List<Box>();
        var seen = new bool[width * height];
        var stack = new Stack<int>();
        for (var start = 0; start < map.Length; start++)
        {
            if (seen[start] || map[start] < TextThreshold)
            {
                continue;
            }

            var (left, top, right, bottom, count, sum) = (width, height, 0, 0, 0, 0.0);
            seen[start] = true;
            stack.Push(start);
            while (stack.Count > 0)
            {
                var at = stack.Pop();
                var (x, y) = (at % width, at / width);
                (left, right, top, bottom) = (Math.Min(left, x), Math.Max(right, x + 1), Math.Min(top, y), Math.Max(bottom, y + 1));
                count++;
                sum += map[at];
                foreach (var next in (ReadOnlySpan<int>)[at - 1, at + 1, at - width, at + width])
                {
                    if (next >= 0 && next < map.Length && !seen[next] && map[next] >= TextThreshold && (next / width == y || next % width == x))
                    {
                        seen[next] = true;
                        stack.Push(next);
                    }
                }
            }

            if (count >= 6 && bottom - top >= 2 && sum / count >= BoxThreshold)
            {
                runs.Add(new Box(left, top, right, bottom));
            }
        }

        return runs;
    }

    public void Dispose() => _session.Dispose();
}
