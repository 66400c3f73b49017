namespace Sangam.Ocr.Documents;

/// <summary>
/// How field accuracy is scored. It starts from the recogniser's confidence in the value's words
/// (a PDF text layer counts as <see cref="TextLayer"/>), and moves with evidence: a repair or a guess
/// lowers it, a failed check caps it low, and independent confirmation (a verified signed QR, an
/// arithmetic cross-check) raises it.
/// </summary>
public static class FieldAccuracy
{
    /// <summary>Text read from a PDF text layer: exact characters, but the field could still be misplaced.</summary>
    public const double TextLayer = 97;

    /// <summary>Confirmed by, or taken from, an e-invoice QR whose NIC signature verified.</summary>
    public const double SignedQr = 99.5;

    /// <summary>A value that failed its own check (e.g. GSTIN check character) cannot score above this.</summary>
    public const double FailedCheckCap = 35;

    /// <summary>Taken from context rather than a label (e.g. place of supply from the buyer's GSTIN).</summary>
    public const double GuessFactor = 0.75;

    /// <summary>Each character changed by an OCR repair costs this much.</summary>
    public const double PerRepairedCharacter = 8;

    /// <summary>Amounts that add up (taxable + taxes = total) gain this much, up to <see cref="CrossCheckedCap"/>.</summary>
    public const double CrossCheckBonus = 10;

    public const double CrossCheckedCap = 99;

    /// <summary>Amounts that do not add up lose this much.</summary>
    public const double CrossCheckPenalty = 20;

    /// <summary>Starting accuracy from word confidences (the weakest word decides).</summary>
    public static double FromConfidence(double confidence, bool textLayer) =>
        Math.Round(textLayer ? TextLayer : Math.Clamp(confidence, 0, 100), 1);

    public static double Repaired(double accuracy, int changedCharacters) =>
        Math.Round(Math.Max(1, accuracy - (PerRepairedCharacter * changedCharacters)), 1);

    public static double Guessed(double accuracy) => Math.Round(accuracy * GuessFactor, 1);

    public static double FailedCheck(double accuracy) => Math.Min(accuracy, FailedCheckCap);

    public static double CrossChecked(double accuracy) => Math.Min(CrossCheckedCap, Math.Round(accuracy + CrossCheckBonus, 1));

    public static double Contradicted(double accuracy) => Math.Max(1, Math.Round(accuracy - CrossCheckPenalty, 1));
}
