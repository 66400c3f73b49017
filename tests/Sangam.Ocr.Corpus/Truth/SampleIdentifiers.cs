using System.Globalization;
using Sangam.India.EInvoicing;
using Sangam.India.Shipping;
using Sangam.India.Tax;

namespace Sangam.Ocr.Corpus.Truth;

/// <summary>Random but valid Indian identifiers for generated documents; check characters come from Sangam.India.</summary>
internal static class SampleIdentifiers
{
    public static string Pan(Random random, char holderType)
    {
        var letters = new char[5];
        for (var i = 0; i < 5; i++)
        {
            letters[i] = (char)('A' + random.Next(26));
        }

        letters[3] = holderType;
        return $"{new string(letters)}{random.Next(10000):D4}{(char)('A' + random.Next(26))}";
    }

    public static string Gstin(Random random, string stateCode, char holderType)
    {
        var body = $"{stateCode}{Pan(random, holderType)}{1 + random.Next(3)}Z";
        return body + India.Tax.Gstin.ComputeCheckCharacter(body);
    }

    public static string Irn(string supplierGstin, DateOnly documentDate, string documentNumber) =>
        India.EInvoicing.Irn.Compute(supplierGstin, documentDate, EInvoiceDocumentType.Invoice, documentNumber).Value;

    /// <summary>An ISO 6346 container number: owner code, category U, six-digit serial, check digit.</summary>
    public static string Container(Random random, string ownerCode)
    {
        var body = $"{ownerCode}U{random.Next(1_000_000):D6}";
        return body + ContainerNumber.ComputeCheckDigit(body).ToString(CultureInfo.InvariantCulture);
    }

    public static string Digits(Random random, int count)
    {
        var digits = new char[count];
        digits[0] = (char)('1' + random.Next(9));
        for (var i = 1; i < count; i++)
        {
            digits[i] = (char)('0' + random.Next(10));
        }

        return new string(digits);
    }
}
