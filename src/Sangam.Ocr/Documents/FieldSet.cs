namespace Sangam.Ocr.Documents;

/// <summary>The fields of one document or table row as they are being extracted, keyed by wire name.</summary>
public sealed class FieldSet
{
    private readonly Dictionary<string, ExtractedField> _fields = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, ExtractedField> Fields => _fields;

    public ExtractedField? this[string key] => _fields.GetValueOrDefault(key);

    public void Set(string key, object value, double accuracy, string evidence, FieldSource source = FieldSource.Printed) =>
        _fields[key] = new ExtractedField(value, Math.Round(Math.Clamp(accuracy, 0, 100), 1), evidence, source);

    /// <summary>Sets the field only when it has no value yet.</summary>
    public void SetIfMissing(string key, object value, double accuracy, string evidence, FieldSource source = FieldSource.Printed)
    {
        if (!_fields.ContainsKey(key))
        {
            Set(key, value, accuracy, evidence, source);
        }
    }

    public void Remove(string key) => _fields.Remove(key);

    /// <summary>Changes a field's accuracy (and notes why), keeping its value.</summary>
    public void Rescore(string key, Func<double, double> rescore, string evidence)
    {
        if (_fields.TryGetValue(key, out var field))
        {
            _fields[key] = field with { Accuracy = Math.Round(Math.Clamp(rescore(field.Accuracy), 0, 100), 1), Evidence = $"{field.Evidence}; {evidence}" };
        }
    }

    public decimal? Amount(string key) => _fields.GetValueOrDefault(key)?.Value as decimal?;

    public IReadOnlyDictionary<string, ExtractedField> ToDictionary() => new Dictionary<string, ExtractedField>(_fields, StringComparer.Ordinal);
}
