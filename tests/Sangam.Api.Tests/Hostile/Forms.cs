using System.Text;

namespace Sangam.Api.Tests.Hostile;

/// <summary>A form body as bytes with its content type.</summary>
internal sealed record FormBody(string Name, string ContentType, byte[] Body);

/// <summary>
/// Malformed and hostile form bodies: the multipart framing mistakes a parser meets (no boundary, a boundary that never
/// comes, an unterminated body, an over-long boundary, oversized part headers, too many parts) and forms whose fields
/// carry bad text.
/// </summary>
internal static class Forms
{
    public const string Boundary = "sangam-boundary";

    public static IEnumerable<FormBody> For(IReadOnlyList<string> fields)
    {
        var field = fields[0];
        yield return UrlEncoded("NUL in every field", string.Join('&', fields.Select(f => $"{f}=a%00b")));
        yield return UrlEncoded("1 MB field", $"{field}={new string('x', 1024 * 1024)}");
        yield return UrlEncoded("1,100 fields", string.Join('&', Enumerable.Range(0, 1100).Select(i => $"f{i}=1")));
        yield return UrlEncoded("broken percent-encoding", $"{field}=%E0%A4%%ZZ%FF");

        yield return new FormBody("multipart without boundary", "multipart/form-data", Encoding.UTF8.GetBytes(Part(field, "x") + End()));
        yield return Multipart("boundary that never comes", Part(field, "x").Replace(Boundary, "another-boundary", StringComparison.Ordinal));
        yield return Multipart("unterminated body", $"--{Boundary}\r\nContent-Disposition: form-data; name=\"{field}\"\r\n\r\nvalue");
        var longBoundary = new string('b', 200);
        yield return new FormBody("boundary over 128 characters", $"multipart/form-data; boundary={longBoundary}",
            Encoding.UTF8.GetBytes($"--{longBoundary}\r\nContent-Disposition: form-data; name=\"{field}\"\r\n\r\nx\r\n--{longBoundary}--\r\n"));
        yield return Multipart("part headers over 16 KB",
            $"--{Boundary}\r\nContent-Disposition: form-data; name=\"{field}\"\r\nX-Padding: {new string('p', 17 * 1024)}\r\n\r\nx\r\n" + End());
        yield return Multipart("1,100 parts", string.Concat(Enumerable.Range(0, 1100).Select(i => Part($"f{i}", "1"))) + End());
        yield return Multipart("NUL in every field", string.Concat(fields.Select(f => Part(f, "a\0b"))) + End());
        yield return Multipart("file named with a control character",
            $"--{Boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"a\u0001.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\r\n" + End());
    }

    private static FormBody UrlEncoded(string name, string body) =>
        new($"urlencoded, {name}", "application/x-www-form-urlencoded", Encoding.UTF8.GetBytes(body));

    private static FormBody Multipart(string name, string body) =>
        new($"multipart, {name}", $"multipart/form-data; boundary={Boundary}", Encoding.UTF8.GetBytes(body));

    private static string Part(string name, string value) =>
        $"--{Boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n";

    private static string End() => $"--{Boundary}--\r\n";
}
