using System.Globalization;
using System.Text;
using System.Text.Json;
using Sangam.Api.Http.Errors;

namespace Sangam.Api.Http.Input;

/// <summary>
/// Reads a JSON body once, before any handler binds it, and finds the first thing the platform refuses that a JSON
/// parser lets through: text that is not valid UTF-8 or UTF-16 (a lone <c>\ud800</c>), a key given twice in one
/// object, or a key or string value that breaks the <see cref="TextRules"/>. The error names the value by its path
/// (<c>driver_name</c>, <c>mobiles[3]</c>, <c>[0].Irn</c>). Malformed or too deeply nested JSON is left to the
/// endpoint's own reader, which answers it in the endpoint's documented 400 (the contract's per-field body at login).
/// </summary>
internal static class JsonTextScanner
{
    // System.Text.Json's default: deeper documents are malformed for the handlers' readers too.
    private const int MaxDepth = 64;

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    public static ApiError? Check(ReadOnlySpan<byte> json, int maxStringLength)
    {
        if (json.StartsWith(Utf8Bom))
        {
            json = json[Utf8Bom.Length..];
        }

        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = MaxDepth });
        var frames = new List<Frame>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        CountArrayItem(frames);
                        frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        break;
                    case JsonTokenType.PropertyName:
                        if (!TryReadText(ref reader, out var name))
                        {
                            return InvalidText(Path(frames, ""));
                        }

                        if (TextRules.Problem(name, InputLimits.MaxTextLength) is { } badName)
                        {
                            return ApiError.InvalidField($"a key in {Path(frames, "")}", badName);
                        }

                        if (!frames[^1].Add(name))
                        {
                            return ApiError.BadRequest($"The body has the key {Path(frames, name)} twice in one object; send each key once.");
                        }

                        frames[^1].Name = name;
                        break;
                    case JsonTokenType.String:
                        CountArrayItem(frames);
                        if (!TryReadText(ref reader, out var value))
                        {
                            return InvalidText(Path(frames));
                        }

                        if (TextRules.Problem(value, maxStringLength, multiLine: true) is { } badValue)
                        {
                            return ApiError.InvalidField(Path(frames), badValue);
                        }

                        break;
                    default:
                        CountArrayItem(frames);
                        break;
                }
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return null;
    }

    // System.Text.Json checks UTF-8 and surrogate escapes only when a string is decoded.
    private static bool TryReadText(ref Utf8JsonReader reader, out string text)
    {
        try
        {
            text = reader.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            text = "";
            return false;
        }
    }

    private static ApiError InvalidText(string path) =>
        ApiError.InvalidField(path, "valid UTF-8 text without unpaired surrogates (\\ud800-\\udfff escapes come in pairs)");

    private static void CountArrayItem(List<Frame> frames)
    {
        if (frames.Count > 0 && frames[^1].IsArray)
        {
            frames[^1].Index++;
        }
    }

    private static string Path(List<Frame> frames, string? lastName = null)
    {
        var path = new StringBuilder();
        for (var i = 0; i < frames.Count; i++)
        {
            var frame = frames[i];
            if (frame.IsArray)
            {
                path.Append(CultureInfo.InvariantCulture, $"[{Math.Max(frame.Index, 0)}]");
            }
            else if ((i == frames.Count - 1 && lastName is not null ? lastName : frame.Name) is { Length: > 0 } name)
            {
                path.Append(path.Length > 0 ? "." : "").Append(name.Length > 64 ? name[..64] + "..." : name);
            }
        }

        return path.Length > 0 ? path.ToString() : "body";
    }

    private sealed class Frame(bool isArray)
    {
        private HashSet<string>? _names;

        public bool IsArray { get; } = isArray;

        public int Index { get; set; } = -1;

        public string? Name { get; set; }

        public bool Add(string name) => (_names ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);
    }
}
