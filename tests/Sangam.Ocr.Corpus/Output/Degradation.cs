namespace Sangam.Ocr.Corpus.Output;

/// <summary>How a clean page is spoiled to look like a phone photo or a cheap scan.</summary>
/// <param name="RotationDegrees">Small skew, clockwise positive.</param>
/// <param name="QuarterTurns">Whole clockwise quarter turns (a page scanned sideways or upside down).</param>
/// <param name="BlurSigma">Gaussian blur in output pixels.</param>
/// <param name="NoiseSigma">Standard deviation of the sensor-like grey noise added to every pixel (0-255 scale).</param>
/// <param name="JpegQuality">JPEG quality of the final encode (0 keeps PNG).</param>
public sealed record Degradation(double RotationDegrees, int QuarterTurns, double BlurSigma, double NoiseSigma, int JpegQuality)
{
    public static Degradation None { get; } = new(0, 0, 0, 0, 0);

    /// <summary>A typical office scan or photo: 1-3° skew, slight blur, sensor noise, JPEG q60-80.</summary>
    public static Degradation Typical(Random random) =>
        new(
            RotationDegrees: (random.NextDouble() < 0.5 ? -1 : 1) * (1 + (random.NextDouble() * 2)),
            QuarterTurns: 0,
            BlurSigma: 0.5 + (random.NextDouble() * 0.5),
            NoiseSigma: 10,
            JpegQuality: 60 + random.Next(21));
}
