using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using Sangam.India.Tax;

namespace Sangam.India.EInvoicing;

/// <summary>
/// An Invoice Reference Number: the lowercase hex SHA-256 of supplier GSTIN, financial year,
/// document type and document number, concatenated without separators.
/// </summary>
public readonly record struct Irn : IIdentifier<Irn>
{
    /// <summary>The format of a normalised IRN.</summary>
    public const string Pattern = "^[0-9a-f]{64}$";

    /// <summary>An IRN for messages and help.</summary>
    public const string Example = "a5c12dca80e743321740b001fd70953e8738d109865d28ba4013750f2046f229";

    /// <summary>Characters in an IRN.</summary>
    public const int Length = 64;

    private readonly string? _value;

    private Irn(string value) => _value = value;

    /// <summary>The 64 lowercase hexadecimal digits.</summary>
    public string Value => _value ?? string.Empty;

    static string IIdentifier<Irn>.Pattern => Pattern;

    /// <summary>Parses an IRN; surrounding spaces are trimmed and upper-case hex is lowered.</summary>
    public static ParseResult<Irn> Parse(string? input)
    {
        Span<char> buffer = stackalloc char[IdentifierText.MaxLength];
        if (!IdentifierText.TryNormalize(input, buffer, [], [], out var length, out var problem))
        {
            return ParseResult.Failure<Irn>(problem);
        }

        if (length != Length)
        {
            return ParseResult.Failure<Irn>(IdentifierText.WrongLength(Length, length) + " (hexadecimal)");
        }

        var chars = buffer[..Length];
        for (var i = 0; i < chars.Length; i++)
        {
            if (!char.IsAsciiHexDigit(chars[i]))
            {
                return ParseResult.Failure<Irn>($"character {i + 1} should be a hexadecimal digit but is {IdentifierText.Quote(chars[i])}");
            }

            chars[i] = char.ToLowerInvariant(chars[i]);
        }

        return ParseResult.Success(new Irn(IdentifierText.ToValue(input!, chars)));
    }

    /// <inheritdoc cref="Parse(string?)"/>
    public static bool TryParse([NotNullWhen(true)] string? input, out Irn value) => Parse(input).TryGetValue(out value);

    /// <summary>Computes the IRN NIC generates for a document.</summary>
    /// <param name="supplierGstin">
    /// The supplier GSTIN exactly as on the document: a string, because sandbox GSTINs often fail the check character.
    /// </param>
    /// <param name="financialYear">The financial year of the document date.</param>
    /// <param name="documentType">Invoice, credit note or debit note.</param>
    /// <param name="documentNumber">The document number exactly as given; its case matters.</param>
    public static Irn Compute(string supplierGstin, FinancialYear financialYear, EInvoiceDocumentType documentType, string documentNumber)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(supplierGstin);
        ArgumentException.ThrowIfNullOrEmpty(documentNumber);
        if (financialYear.Value.Length == 0)
        {
            throw new ArgumentException("The financial year is not initialised.", nameof(financialYear));
        }

        var text = string.Concat(supplierGstin, financialYear.Value, documentType.ToCode(), documentNumber);
        return new Irn(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))));
    }

    /// <inheritdoc cref="Compute(string, FinancialYear, EInvoiceDocumentType, string)"/>
    public static Irn Compute(Gstin supplierGstin, FinancialYear financialYear, EInvoiceDocumentType documentType, string documentNumber) =>
        Compute(supplierGstin.Value, financialYear, documentType, documentNumber);

    /// <summary>Computes the IRN of a document, taking the financial year from its date.</summary>
    public static Irn Compute(string supplierGstin, DateOnly documentDate, EInvoiceDocumentType documentType, string documentNumber) =>
        Compute(supplierGstin, FinancialYear.Of(documentDate), documentType, documentNumber);

    /// <inheritdoc />
    public override string ToString() => Value;
}
