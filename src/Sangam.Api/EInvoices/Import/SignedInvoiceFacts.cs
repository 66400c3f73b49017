using System.Globalization;
using System.Text.Json;

namespace Sangam.Api.EInvoices.Import;

/// <summary>
/// What the store needs from a signed invoice's <c>data</c> (NIC INV-01 plus AckNo, AckDt and Irn), read without
/// trusting its shape: every missing or malformed field becomes a problem naming it.
/// </summary>
internal sealed class SignedInvoiceFacts
{
    private readonly List<string> _problems = [];

    private SignedInvoiceFacts(JsonElement data)
    {
        Irn = Text(data, "Irn");
        AckNo = Digits(data, "AckNo");
        AckDt = Text(data, "AckDt");
        DocumentType = Text(data, "DocDtls", "Typ");
        DocumentNumber = Text(data, "DocDtls", "No");
        DocumentDate = Date(data, "DocDtls", "Dt");
        SellerGstin = Text(data, "SellerDtls", "Gstin")?.ToUpperInvariant();
        BuyerGstin = Text(data, "BuyerDtls", "Gstin")?.ToUpperInvariant();
        SupplyType = Text(data, "TranDtls", "SupTyp") ?? "B2B";
        TotalInvoiceValue = Number(data, "ValDtls", "TotInvVal");
        if (data.TryGetProperty("ItemList", out var items) && items.ValueKind == JsonValueKind.Array && items.GetArrayLength() > 0)
        {
            ItemCount = items.GetArrayLength();
            HsnCodes = [.. items.EnumerateArray().Select(item => Text(item, "HsnCd")).OfType<string>()];
        }
        else
        {
            _problems.Add("the signed invoice has no ItemList");
        }

        Require(SellerGstin, "SellerDtls.Gstin");
        Require(BuyerGstin, "BuyerDtls.Gstin");
        Require(DocumentType, "DocDtls.Typ");
        Require(DocumentNumber, "DocDtls.No");
    }

    public IReadOnlyList<string> Problems => _problems;

    public string? Irn { get; }

    public string? AckNo { get; }

    public string? AckDt { get; }

    public string? DocumentType { get; }

    public string? DocumentNumber { get; }

    public DateOnly? DocumentDate { get; }

    public string? SellerGstin { get; }

    public string? BuyerGstin { get; }

    public string SupplyType { get; }

    public decimal? TotalInvoiceValue { get; }

    public int ItemCount { get; }

    public IReadOnlyList<string> HsnCodes { get; } = [];

    public static SignedInvoiceFacts Read(JsonElement data) => new(data);

    private void Require(string? value, string name)
    {
        if (value is null)
        {
            _problems.Add($"the signed invoice has no {name}");
        }
    }

    private static JsonElement? Find(JsonElement element, params ReadOnlySpan<string> path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }

        return element;
    }

    private static string? Text(JsonElement element, params ReadOnlySpan<string> path) => Find(element, path) switch
    {
        { ValueKind: JsonValueKind.String } value when value.GetString() is { Length: > 0 } text => text.Trim(),
        { ValueKind: JsonValueKind.Number } value => value.GetRawText(),
        _ => null,
    };

    private string? Digits(JsonElement element, string name)
    {
        var text = Text(element, name);
        if (text is null || text.All(char.IsAsciiDigit))
        {
            return text;
        }

        _problems.Add($"the signed invoice's {name} is not a number");
        return null;
    }

    private DateOnly? Date(JsonElement element, params ReadOnlySpan<string> path) =>
        DateOnly.TryParseExact(Text(element, path), "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : Fail<DateOnly>($"the signed invoice's {string.Join('.', path.ToArray())} is not a dd/MM/yyyy date");

    private decimal? Number(JsonElement element, params ReadOnlySpan<string> path) => Find(element, path) switch
    {
        { ValueKind: JsonValueKind.Number } value when value.TryGetDecimal(out var number) => number,
        { ValueKind: JsonValueKind.String } value when decimal.TryParse(value.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var number) => number,
        _ => Fail<decimal>($"the signed invoice's {string.Join('.', path.ToArray())} is not a number"),
    };

    private T? Fail<T>(string problem)
        where T : struct
    {
        _problems.Add(problem);
        return null;
    }
}
