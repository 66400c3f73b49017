namespace Sangam.Api.Tests.Upstreams;

/// <summary>
/// The shape of a JSON value: the paths of its keys (<c>vehicle.vehicledetails[].detail[].name</c>, array elements
/// merged). Two answers have the same shape when each has every path of the other, where a null stands for any
/// subtree: upstreams send null for objects they have nothing for.
/// </summary>
internal sealed class JsonShape
{
    private readonly HashSet<string> _paths = new(StringComparer.Ordinal);
    private readonly HashSet<string> _nulls = new(StringComparer.Ordinal);

    public JsonShape(JsonNode? node) => Walk(node, "$");

    /// <summary>The paths one shape has that <paramref name="other"/> neither has nor covers with a null.</summary>
    public IReadOnlyList<string> Beyond(JsonShape other) =>
        [.. _paths.Where(p => !other._paths.Contains(p) && !other._nulls.Any(n => p.StartsWith(n + ".", StringComparison.Ordinal) || p.StartsWith(n + "[]", StringComparison.Ordinal))).Order(StringComparer.Ordinal)];

    private void Walk(JsonNode? node, string path)
    {
        _paths.Add(path);
        switch (node)
        {
            case null:
                _nulls.Add(path);
                break;
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    Walk(value, $"{path}.{key}");
                }

                break;
            case JsonArray array:
                foreach (var element in array)
                {
                    Walk(element, path + "[]");
                }

                break;
        }
    }
}
