using System.Globalization;
using System.Text.Json;

namespace Sangam.Ocr.Tests.RealDocuments;

/// <summary>
/// The real documents (outside the repository: their licences do not let us commit them) and their ground truth
/// (<c>corpus/truth</c>, one JSON file per document). Either folder missing fails the test that asks for it.
/// </summary>
internal static class RealCorpus
{
    /// <summary>Overrides the documents' folder, by default <c>../shared/corpus/real</c> beside the repository.</summary>
    public const string CorpusVariable = "SANGAM_REAL_CORPUS";

    /// <summary>Overrides the truth folder, by default <c>corpus/truth</c> in the repository.</summary>
    public const string TruthVariable = "SANGAM_REAL_TRUTH";

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string DocumentsFolder => Existing(Environment.GetEnvironmentVariable(CorpusVariable) ?? Path.Combine(RepositoryRoot, "..", "shared", "corpus", "real"), CorpusVariable);

    public static string TruthFolder => Existing(Environment.GetEnvironmentVariable(TruthVariable) ?? Path.Combine(RepositoryRoot, "corpus", "truth"), TruthVariable);

    public static byte[] Document(string relativePath) => File.ReadAllBytes(Path.Combine(DocumentsFolder, relativePath));

    /// <summary>The truth records of one kind ("invoices" or "bills_of_entry"), each as canonical values by field name.</summary>
    public static List<Dictionary<string, string?>> Truth(string relativePath, string records)
    {
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(TruthFolder, relativePath + ".json")));
        return [.. truth.RootElement.GetProperty(records).EnumerateArray().Select(record =>
            record.EnumerateObject().ToDictionary(property => property.Name, property => Canonical(property.Name, property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Number => property.Value.GetRawText(),
                _ => null,
            })))];
    }

    /// <summary>
    /// The comparable form of a value: GSTINs in capitals, amounts to the paisa, and zero as none (a tax head the
    /// regime does not use is zero, printed or not).
    /// </summary>
    public static string? Canonical(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = string.Join(' ', value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (field.Contains("gstin", StringComparison.Ordinal))
        {
            return text.ToUpperInvariant();
        }

        if (field is "invoice_amount" or "total_ass_val" or "total_duty" or "total_amount"
            && decimal.TryParse(text.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
        {
            return amount == 0 ? null : amount.ToString("0.00", CultureInfo.InvariantCulture);
        }

        return text;
    }

    private static string Existing(string folder, string variable) =>
        Directory.Exists(folder)
            ? folder
            : throw new DirectoryNotFoundException($"The real-document regression set needs {Path.GetFullPath(folder)}; set {variable} to where it is.");

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Sangam.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Sangam.slnx not found above the test binaries.");
    }
}
