using System.Globalization;
using System.Text;

namespace Sangam.Api.Tests.Hostile;

/// <summary>A bad text value as it goes into a JSON string, a query string and a path segment (null: never sent there).</summary>
internal sealed record BadText(string Name, string? Text, string? InQuery, string? InPath);

/// <summary>One request of the walk.</summary>
internal sealed record HostileCase(string Name, Func<HttpRequestMessage> Build);

/// <summary>
/// The fixed catalogue of bad inputs every endpoint gets: control characters, broken Unicode, over-long and empty text,
/// SQL and path traversal, numbers that overflow, wrong JSON types and shapes, deep nesting, duplicate keys, foreign
/// charsets and content types, malformed forms and bad headers. Route values of body cases name nothing that exists,
/// so no request can change data that is there.
/// </summary>
internal static class BadInputs
{
    private const string NoSuchThing = "nosuchthing";

    private static readonly string Megabyte = new('x', 1024 * 1024);

    public static IReadOnlyList<BadText> Texts { get; } =
    [
        // Kestrel refuses %00 in the path itself, before the application (see the README): in the query and bodies only.
        new("NUL", "a\0b", "a%00b", null),
        new("control character", "a\u0001b", "a%01b", "a%01b"),
        new("line break", "a\nb", "a%0Ab", "a%0Ab"),
        new("C1 control", "a\u0085b", "a%C2%85b", "a%C2%85b"),
        new("lone surrogate", "a\ud800b", "a%ED%A0%80b", "a%ED%A0%80b"),
        new("invalid UTF-8", null, "a%FF%FEb", "a%FF%FEb"),
        new("over the text limit", new string('x', 5000), new string('x', 5000), new string('x', 5000)),
        new("over any column", new string('x', 400), new string('x', 400), new string('x', 400)),
        new("1 MB", Megabyte, null, null),
        new("SQL", "' OR '1'='1'; DROP TABLE accounts; --", "%27%20OR%20%271%27%3D%271%27%3B%20DROP%20TABLE%20accounts%3B%20--", "%27%20OR%20%271%27%3D%271%27%3B%20DROP%20TABLE%20accounts%3B%20--"),
        new("path traversal", "../../../../etc/passwd", "..%2F..%2F..%2F..%2Fetc%2Fpasswd", "..%2F..%2F..%2F..%2Fetc%2Fpasswd"),
        new("empty", "", "", null),
        new("blank", "   ", "%20%20%20", "%20%20%20"),
        new("negative", "-1", "-1", "-1"),
        new("huge number", "99999999999999999999999999999", "99999999999999999999999999999", "99999999999999999999999999999"),
        new("overflowing exponent", "1e400", "1e400", "1e400"),
        new("not a number", "NaN", "NaN", "NaN"),
        new("Devanagari digits", "२७AAPFU0939F1ZV", "%E0%A5%A8%E0%A5%ADAAPFU0939F1ZV", "%E0%A5%A8%E0%A5%ADAAPFU0939F1ZV"),
        new("emoji", "😀", "%F0%9F%98%80", "%F0%9F%98%80"),
    ];

    private static IReadOnlyList<(string Name, string Json)> WrongTypes { get; } =
    [
        ("number", "12345"), ("negative number", "-1"), ("huge integer", "99999999999999999999999999999"),
        ("below long", "-9223372036854775809"), ("overflowing exponent", "1e400"), ("boolean", "true"), ("null", "null"),
        ("empty array", "[]"), ("mixed array", "[\"a\",1,null,{}]"), ("object", "{\"nested\":{\"deeper\":[1,2,3]}}"),
    ];

    private static IReadOnlyList<(string Name, string Json)> WholeBodies { get; } =
    [
        ("null", "null"), ("array", "[]"), ("string", "\"text\""), ("number", "12"), ("empty object", "{}"), ("truncated", "{\"a\":"),
        ("lone brace", "}"), ("trailing comma", "{\"a\":1,}"), ("comment", "{/* c */}"), ("byte order mark", "\uFEFF{}"),
        ("deep arrays", new string('[', 100) + new string(']', 100)),
        ("deep objects", string.Concat(Enumerable.Repeat("{\"a\":", 100)) + "1" + new string('}', 100)),
        ("100,000 items", "[" + string.Join(',', Enumerable.Repeat('0', 100_000)) + "]"),
    ];

    private static IReadOnlyList<string> ContentTypes { get; } =
    [
        "application/json; charset=klingon", "application/json; charset=utf-16", "text/plain", "application/xml",
        "not a media type", "application/json; charset=\"", "multipart/form-data",
    ];

    public static IEnumerable<HostileCase> For(HostileEndpoint endpoint)
    {
        var basePath = endpoint.PathWith(NoSuchThing);

        // Every bad value goes into the query parameters an endpoint reads. Elsewhere the query is read by the
        // platform's checks alone, the same for every endpoint: two values show they stand in front of each.
        var readsQuery = endpoint.QueryParameters.Count > 0;
        IReadOnlyList<string> query = readsQuery ? endpoint.QueryParameters : ["q"];
        var values = Texts.Where(t => t.InQuery is not null && (readsQuery || t.Name is "control character" or "over the text limit"));
        foreach (var bad in values)
        {
            // A long value goes into one parameter only, so the URL stays within the server's own limit.
            var parameters = bad.InQuery!.Length > 1000 ? query.Take(1) : query;
            var path = basePath + "?" + string.Join('&', parameters.Select(p => $"{Uri.EscapeDataString(p)}={bad.InQuery}"));
            yield return Case($"query: {bad.Name}", endpoint, path);
        }

        if (endpoint.HasRouteParameters)
        {
            foreach (var bad in Texts.Where(t => t.InPath is not null))
            {
                yield return Case($"route value: {bad.Name}", endpoint, endpoint.PathWith(bad.InPath!));
            }
        }

        foreach (var (header, value) in BadHeaders(endpoint))
        {
            yield return Case($"header {header}", endpoint, basePath, configure: r => r.Headers.TryAddWithoutValidation(header, value));
        }

        if (!endpoint.TakesBody)
        {
            yield break;
        }

        foreach (var bad in Texts.Where(t => t.Text is not null))
        {
            yield return Json($"every field: {bad.Name}", endpoint, basePath, Object(endpoint, JsonString(bad.Text!)));
        }

        foreach (var (name, json) in WrongTypes)
        {
            yield return Json($"every field: {name}", endpoint, basePath, Object(endpoint, json));
        }

        foreach (var (name, json) in WholeBodies)
        {
            yield return Json($"body: {name}", endpoint, basePath, json);
        }

        var field = endpoint.BodyFields[0];
        yield return Json("duplicate key", endpoint, basePath, $"{{{JsonString(field)}:\"a\",{JsonString(field)}:\"b\"}}");
        yield return Raw("invalid UTF-8 in a string", endpoint, basePath, "application/json",
            [.. Encoding.UTF8.GetBytes($"{{{JsonString(field)}:\"a"), 0xFF, 0xFE, .. "b\"}"u8]);
        yield return Raw("raw NUL in a string", endpoint, basePath, "application/json", [.. Encoding.UTF8.GetBytes($"{{{JsonString(field)}:\"a"), 0x00, .. "b\"}"u8]);
        yield return Raw("empty JSON body", endpoint, basePath, "application/json", []);
        foreach (var contentType in ContentTypes)
        {
            yield return Raw($"content type {contentType}", endpoint, basePath, contentType, Encoding.UTF8.GetBytes(Object(endpoint, "\"x\"")));
        }

        yield return Raw("no content type", endpoint, basePath, null, Encoding.UTF8.GetBytes(Object(endpoint, "\"x\"")));
        foreach (var form in Forms.For(endpoint.BodyFields))
        {
            yield return Raw($"form: {form.Name}", endpoint, basePath, form.ContentType, form.Body);
        }
    }

    private static IEnumerable<(string Header, string Value)> BadHeaders(HostileEndpoint endpoint)
    {
        foreach (var header in endpoint.HeaderParameters)
        {
            yield return (header, "a\u0001b");
            yield return (header, new string('x', 5000));
            yield return (header, "' OR '1'='1");
        }

        // Headers any endpoint may read: the product headers, the idempotency key, the token.
        yield return ("Subid", new string('x', 5000));
        yield return ("Gstin", "' OR '1'='1");
        yield return ("Idempotency-Key", new string('k', 300));
        yield return ("Authorization", "JWT a\u0001b");
        yield return ("Content-Type", "application/json; charset=klingon");
    }

    private static HostileCase Case(string name, HostileEndpoint endpoint, string path, Action<HttpRequestMessage>? configure = null) =>
        new(name, () =>
        {
            var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), path);
            configure?.Invoke(request);
            return request;
        });

    private static HostileCase Json(string name, HostileEndpoint endpoint, string path, string json) =>
        Raw(name, endpoint, path, "application/json", Encoding.UTF8.GetBytes(json));

    private static HostileCase Raw(string name, HostileEndpoint endpoint, string path, string? contentType, byte[] body) =>
        Case(name, endpoint, path, request =>
        {
            request.Content = new ByteArrayContent(body);
            if (contentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
        });

    /// <summary>An object giving every documented field of the endpoint the same JSON value.</summary>
    private static string Object(HostileEndpoint endpoint, string json) =>
        "{" + string.Join(',', endpoint.BodyFields.Select(f => $"{JsonString(f)}:{json}")) + "}";

    /// <summary>A JSON string literal that escapes every control character and surrogate, so lone ones arrive as sent.</summary>
    public static string JsonString(string value)
    {
        var json = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => json.Append("\\\""),
                '\\' => json.Append("\\\\"),
                < ' ' or (>= '\u007f' and <= '\u009f') or (>= '\ud800' and <= '\udfff') => json.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => json.Append(c),
            };
        }

        return json.Append('"').ToString();
    }
}
