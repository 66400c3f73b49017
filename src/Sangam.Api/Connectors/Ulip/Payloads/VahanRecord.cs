using System.Globalization;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Sangam.India;

namespace Sangam.Api.Connectors.Ulip.Payloads;

/// <summary>
/// A VAHAN registration record, from VAHAN/01's XML (root <c>VehicleDetails</c>, elements <c>rc_insurance_upto</c>)
/// or VAHAN/04's JSON (keys <c>rcInsuranceUpto</c>). Fields are asked for by their XML names; the two spellings of
/// one field are the same field, and <see cref="Evidence"/> quotes the name the record itself used.
/// </summary>
public sealed class VahanRecord
{
    public const string StatusMessage = "stautsMessage";
    public const string RegistrationNumber = "rc_regn_no";
    public const string Status = "rc_status";
    public const string RegistrationUpto = "rc_regn_upto";
    public const string FitnessUpto = "rc_fit_upto";
    public const string InsuranceUpto = "rc_insurance_upto";
    public const string PuccUpto = "rc_pucc_upto";
    public const string TaxUpto = "rc_tax_upto";
    public const string BlacklistStatus = "rc_blacklist_status";
    public const string Category = "rc_vch_catg";
    public const string ClassDescription = "rc_vh_class_desc";
    public const string GrossWeight = "rc_gvw";
    public const string Fuel = "rc_fuel_desc";

    // By the field's name without underscores, lower case: rc_pucc_upto and rcPuccUpto are both "rcpuccupto".
    private readonly Dictionary<string, (string Name, string Value)> _fields;

    private VahanRecord(IEnumerable<(string Name, string Value)> fields) =>
        _fields = fields.GroupBy(f => Key(f.Name)).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    /// <summary>The trimmed value of a field; null when it is absent or empty.</summary>
    public string? this[string field] => _fields.TryGetValue(Key(field), out var found) && found.Value.Length > 0 ? found.Value : null;

    /// <summary>Whether the record carries the field at all, even empty: VAHAN leaves out what it does not record.</summary>
    public bool Has(string field) => _fields.ContainsKey(Key(field));

    /// <summary>The field as evidence of a check: its name as the record spells it, and its value.</summary>
    public (string Field, string? Value) Evidence(string field) =>
        (_fields.TryGetValue(Key(field), out var found) ? found.Name : field, this[field]);

    /// <summary>Reads VAHAN/01's XML string or VAHAN/04's object; null when the payload is neither (e.g. a "not found" text).</summary>
    public static VahanRecord? Parse(JsonElement payload) => payload.ValueKind switch
    {
        JsonValueKind.String => FromXml(payload.GetString()!),
        JsonValueKind.Object => new VahanRecord(payload.EnumerateObject()
            .Where(p => p.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number)
            .Select(p => (p.Name, (p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText()).Trim()))),
        _ => null,
    };

    public DateOnly? Date(string field) => GovernmentDate.TryParse(this[field], out var date) ? date : null;

    public int? Number(string field) =>
        int.TryParse(this[field], NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static VahanRecord? FromXml(string xml)
    {
        if (!xml.TrimStart().StartsWith('<'))
        {
            return null;
        }

        try
        {
            var root = XElement.Parse(xml);
            return root.Name.LocalName == "VehicleDetails" ? new VahanRecord(root.Elements().Select(e => (e.Name.LocalName, e.Value.Trim()))) : null;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static string Key(string name) => name.Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();
}
