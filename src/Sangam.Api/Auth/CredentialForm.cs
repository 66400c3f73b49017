using System.Globalization;
using System.Text.Json;

namespace Sangam.Api.Auth;

/// <summary>A string field of an auth request and the most characters a valid value can have.</summary>
internal readonly record struct CredentialField(string Name, int MaxLength);

/// <summary>
/// Reads the string fields of an auth request from a JSON object or from form data (both are documented),
/// producing the per-field 400 body of the contract (<c>{"username": ["missing field"]}</c>) when they are absent or
/// longer than any valid value.
/// </summary>
internal sealed class CredentialForm
{
    private const int MaxBodyBytes = 16 * 1024;

    private readonly Dictionary<string, string> _values;

    private CredentialForm(Dictionary<string, string> values, Dictionary<string, string[]> errors)
    {
        _values = values;
        Errors = errors;
    }

    /// <summary>Per-field errors in the contract's shape; empty when every field is present and not blank.</summary>
    public Dictionary<string, string[]> Errors { get; }

    public string this[string field] => _values[field];

    public static async Task<CredentialForm> ReadAsync(HttpRequest request, IReadOnlyList<CredentialField> fields, CancellationToken cancellationToken)
    {
        var raw = new Dictionary<string, string?>(StringComparer.Ordinal);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);

        if (request.HasJsonContentType())
        {
            var problem = await ReadJsonAsync(request, fields, raw, cancellationToken);
            if (problem is not null)
            {
                errors["non_field_errors"] = [problem];
                return new CredentialForm([], errors);
            }
        }
        else if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            foreach (var (field, _) in fields)
            {
                raw[field] = form.TryGetValue(field, out var value) ? value.ToString() : null;
            }
        }
        else
        {
            var type = string.IsNullOrEmpty(request.ContentType) ? "none" : request.ContentType;
            errors["non_field_errors"] = [$"Unsupported content type '{type}'. Send application/json or form data."];
            return new CredentialForm([], errors);
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (field, maxLength) in fields)
        {
            if (!raw.TryGetValue(field, out var value) || value is null)
            {
                errors[field] = ["missing field"];
            }
            else if (string.IsNullOrWhiteSpace(value))
            {
                errors[field] = ["This field may not be blank."];
            }
            else if (value.Length > maxLength)
            {
                errors[field] = [string.Create(CultureInfo.InvariantCulture, $"Ensure this field has no more than {maxLength} characters.")];
            }
            else
            {
                values[field] = value;
            }
        }

        return new CredentialForm(values, errors);
    }

    private static async Task<string?> ReadJsonAsync(HttpRequest request, IReadOnlyList<CredentialField> fields, Dictionary<string, string?> raw, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            throw new BadHttpRequestException("The request body is too large.", StatusCodes.Status413PayloadTooLarge);
        }

        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, default, cancellationToken);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return "Expected a JSON object.";
            }

            foreach (var (field, _) in fields)
            {
                if (document.RootElement.TryGetProperty(field, out var value))
                {
                    raw[field] = value.ValueKind switch
                    {
                        JsonValueKind.String => value.GetString(),
                        JsonValueKind.Null => null,
                        _ => value.GetRawText(),
                    };
                }
            }

            return null;
        }
        catch (JsonException e)
        {
            return $"Malformed JSON: {e.Message}";
        }
    }
}
