using System.Text.Json;
using System.Text.Unicode;

namespace Sangam.India.EInvoicing;

/// <summary>
/// Whether every key and string of a JSON document decodes to valid Unicode. System.Text.Json parses invalid UTF-8
/// and unpaired <c>\ud800</c> escapes without complaint and throws only when such a string is read, so signed
/// content, which anyone can forge under an unknown key, is checked once when it is decoded.
/// </summary>
internal static class JsonStrings
{
    public static bool AreValid(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json);
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && !IsValid(ref reader))
                {
                    return false;
                }
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool IsValid(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped)
        {
            return Utf8.IsValid(reader.ValueSpan);
        }

        try
        {
            reader.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
