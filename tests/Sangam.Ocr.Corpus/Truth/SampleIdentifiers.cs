using System.Security.Cryptography;
using System.Text;

namespace Sangam.Ocr.Corpus.Truth;

/// <summary>Random but well-formed Indian identifiers for generated documents.</summary>
internal static class SampleIdentifiers
{
    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

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
        return body + CheckCharacter(body);
    }

    /// <summary>The GSTIN check character (upstreams.md §6) over the first 14 characters.</summary>
    public static char CheckCharacter(string first14)
    {
        var sum = 0;
        for (var i = 0; i < 14; i++)
        {
            var product = Alphabet.IndexOf(first14[i], StringComparison.Ordinal) * (i % 2 == 0 ? 1 : 2);
            sum += (product / 36) + (product % 36);
        }

        return Alphabet[(36 - (sum % 36)) % 36];
    }

    /// <summary>IRN = lowercase hex SHA-256 of supplier GSTIN + financial year + document type + document number.</summary>
    public static string Irn(string supplierGstin, DateOnly documentDate, string documentNumber)
    {
        var startYear = documentDate.Month >= 4 ? documentDate.Year : documentDate.Year - 1;
        var financialYear = $"{startYear}-{(startYear + 1) % 100:D2}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(supplierGstin + financialYear + "INV" + documentNumber)));
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
