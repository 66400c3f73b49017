using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Sangam.India.EInvoicing;

namespace Sangam.Sandbox.Irp;

/// <summary>Why the sandbox IRP refuses an invoice, with NIC's error code.</summary>
internal sealed record IrpRuleFailure(string Code, string Message);

/// <summary>The checks the sandbox IRP makes before it registers an invoice (a subset of NIC's schema and business rules).</summary>
internal static partial class IrpInvoiceRules
{
    private const string ValidationCode = "2140";

    public static IrpRuleFailure? Check(JsonObject invoice, string userGstin)
    {
        if (Text(invoice, "DocDtls", "Typ") is not ("INV" or "CRN" or "DBN"))
        {
            return new(ValidationCode, "DocDtls.Typ should be INV, CRN or DBN");
        }

        if (Text(invoice, "DocDtls", "No") is not { } number || !DocumentNumberPattern().IsMatch(number))
        {
            return new(ValidationCode, "DocDtls.No should match ^([A-Z1-9]{1}[A-Z0-9/-]{0,15})$");
        }

        if (!TryDate(invoice, out _))
        {
            return new(ValidationCode, "DocDtls.Dt should be a dd/MM/yyyy date");
        }

        if (!string.Equals(Text(invoice, "SellerDtls", "Gstin"), userGstin, StringComparison.OrdinalIgnoreCase))
        {
            return new(ValidationCode, "SellerDtls.Gstin should be the GSTIN of the logged-in user");
        }

        // NIC's text, typo included.
        if (Text(invoice, "SellerDtls", "Stcd") is { } stateCode && stateCode != userGstin[..2])
        {
            return new("2258", "Supplier GSTIN state codedoes not match with the state code passed in supplier details");
        }

        if (Text(invoice, "BuyerDtls", "Gstin") is null)
        {
            return new(ValidationCode, "BuyerDtls.Gstin is required");
        }

        if (invoice["ItemList"] is not JsonArray { Count: > 0 } items || items.Any(item => item?["HsnCd"] is null))
        {
            return new(ValidationCode, "ItemList needs at least one item, each with HsnCd");
        }

        return invoice["ValDtls"]?["TotInvVal"] is JsonValue total && total.TryGetValue<decimal>(out _)
            ? null
            : new(ValidationCode, "ValDtls.TotInvVal should be a number");
    }

    /// <summary>The IRN of an invoice that passed <see cref="Check"/>.</summary>
    public static string IrnOf(JsonObject invoice)
    {
        TryDate(invoice, out var date);
        return Irn.Compute(Text(invoice, "SellerDtls", "Gstin")!.ToUpperInvariant(), date,
            EInvoiceDocumentTypeCode.Parse(Text(invoice, "DocDtls", "Typ")).Value, Text(invoice, "DocDtls", "No")!).Value;
    }

    private static bool TryDate(JsonObject invoice, out DateOnly date) =>
        DateOnly.TryParseExact(Text(invoice, "DocDtls", "Dt"), "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static string? Text(JsonObject invoice, string section, string field) =>
        invoice[section]?[field] is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;

    [GeneratedRegex("^([A-Z1-9]{1}[A-Z0-9/-]{0,15})$")]
    private static partial Regex DocumentNumberPattern();
}
