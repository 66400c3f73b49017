using Sangam.Api.Http.Input;

namespace Sangam.Api.EInvoices.Import;

/// <summary>What the checks found about one IRP response, before the store is touched.</summary>
internal sealed class ItemVerdict
{
    public string? Irn { get; set; }

    public SignatureCheck? Signature { get; set; }

    public SignatureCheck? QrSignature { get; set; }

    public IrnCheck? IrnCheck { get; set; }

    public List<string> Problems { get; } = [];

    public List<string> Warnings { get; } = [];

    /// <summary>The e-invoice to store, when every check passed and the item carried a signed invoice.</summary>
    public EInvoice? Candidate { get; set; }

    /// <summary>For an item that only reports a cancellation (<c>{"Irn", "CancelDate"}</c>, or Status CNL without a signed invoice).</summary>
    public bool IsCancellationOnly { get; set; }

    /// <summary>When the IRN was cancelled, if the item says.</summary>
    public DateTimeOffset? CancelledAt { get; set; }

    public bool IsAccepted => Problems.Count == 0;

    /// <summary>
    /// Refuses a value the store keeps as it came (from signed content anyone can forge under an unknown key) when it
    /// breaks the platform's <see cref="TextRules"/> or is longer than its column.
    /// </summary>
    public void CheckStoredText(string? value, string field, int maxLength)
    {
        if (value is not null && TextRules.Problem(value, maxLength) is { } problem)
        {
            Problems.Add($"{field} should be {problem}");
        }
    }

    public static ItemVerdict Unreadable(string problem)
    {
        var verdict = new ItemVerdict();
        verdict.Problems.Add(problem);
        return verdict;
    }
}
