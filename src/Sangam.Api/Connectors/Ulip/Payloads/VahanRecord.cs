using System.Globalization;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Sangam.India;

namespace Sangam.Api.Connectors.Ulip.Payloads;

/// <summary>The <c>rc_*</c> elements of a VAHAN answer (an XML string, root <c>VehicleDetails</c>), by element name.</summary>
public sealed class VahanRecord
{
    public const string Status = "rc_status";
    public const string RegistrationUpto = "rc_regn_upto";
    public const string RegisteredOn = "rc_regn_dt";
    public const string FitnessUpto = "rc_fit_upto";
    public const string InsuranceUpto = "rc_insurance_upto";
    public const string PuccUpto = "rc_pucc_upto";
    public const string TaxUpto = "rc_tax_upto";
    public const string PermitType = "rc_permit_type";
    public const string PermitUpto = "rc_permit_valid_upto";
    public const string NationalPermitUpto = "rc_np_upto";
    public const string BlacklistStatus = "rc_blacklist_status";
    public const string Category = "rc_vch_catg";
    public const string ClassDescription = "rc_vh_class_desc";
    public const string GrossWeight = "rc_gvw";

    private readonly Dictionary<string, string> _elements;

    private VahanRecord(Dictionary<string, string> elements) => _elements = elements;

    /// <summary>The trimmed text of an element; null when it is absent or empty.</summary>
    public string? this[string element] => _elements.TryGetValue(element, out var value) && value.Length > 0 ? value : null;

    /// <summary>Reads the XML payload; null when the payload is not a VAHAN record (e.g. "Vehicle Details not Found").</summary>
    public static VahanRecord? Parse(JsonElement payload)
    {
        if (payload.ValueKind != JsonValueKind.String || payload.GetString() is not { } xml || !xml.TrimStart().StartsWith('<'))
        {
            return null;
        }

        try
        {
            var root = XElement.Parse(xml);
            return root.Name.LocalName == "VehicleDetails"
                ? new VahanRecord(root.Elements().GroupBy(e => e.Name.LocalName).ToDictionary(g => g.Key, g => g.First().Value.Trim(), StringComparer.Ordinal))
                : null;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    public DateOnly? Date(string element) => GovernmentDate.TryParse(this[element], out var date) ? date : null;

    public int? Number(string element) =>
        int.TryParse(this[element], NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;
}
