namespace Sangam.Ocr.Corpus.Truth;

/// <summary>A business on an invoice: who it is, where it is, and its GST registration.</summary>
public sealed record Party(string Name, string Street, string City, string StateName, string StateCode, string Pincode, string Gstin)
{
    public string Pan => Gstin[2..12];

    /// <summary>The address as printed on one line.</summary>
    public string Address => $"{Street}, {City}, {StateName} - {Pincode}";
}
