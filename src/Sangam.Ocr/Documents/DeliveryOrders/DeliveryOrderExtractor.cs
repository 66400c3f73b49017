using System.Text.RegularExpressions;
using Sangam.India.Shipping;
using static Sangam.Ocr.Documents.LabelledFields;

namespace Sangam.Ocr.Documents.DeliveryOrders;

/// <summary>Extracts the delivery-order fields of platform-api.md §5; container numbers are checked with ISO 6346.</summary>
internal static partial class DeliveryOrderExtractor
{
    private static readonly LabelledField[] Specs =
    [
        Field("do_number", @"D\.?\s*O\.?\s*(?:No|Number)|Delivery\s*Order\s*(?:No|Number)", ValueShape.Token),
        Field("do_date", @"D\.?\s*O\.?\s*Date|Delivery\s*Order\s*Date", ValueShape.Date),
        Field("do_valid_till", @"Valid(?:ity)?\s*(?:Till|Up\s*to|Upto|Until)|Validity", ValueShape.Date),
        Field("bl_number", @"B\s*/\s*L\s*(?:No|Number)|Bill\s*of\s*Lading\s*(?:No|Number)|[MH]BL\s*No|BL\s*No", ValueShape.Token),
        Field("vessel_name", @"Vessel(?:\s*Name)?", ValueShape.Text),
        Field("voyage_number", @"Voyage(?:\s*No)?|Voy\.?\s*No", ValueShape.Token),
        Field("igm_number", @"IGM\s*(?:No|Number)", ValueShape.Token),
        Field("igm_date", @"IGM\s*Date", ValueShape.Date),
        Field("line_number", @"Line\s*No|Item\s*No", ValueShape.Integer),
        Field("port_of_discharge", @"Port\s*of\s*Discharge|POD", ValueShape.Text),
        Field("cfs_name", @"CFS(?:\s*Name)?(?!\s*In-?charge)|ICD(?:\s*Name)?", ValueShape.Text),
        Field("consignee_name", @"Consignee(?:\s*Name)?", ValueShape.Text),
        Field("cha_name", @"CHA(?:\s*Name)?|Customs\s*Broker|Clearing\s*Agent", ValueShape.Text),
        Field("shipping_line", @"Shipping\s*Line", ValueShape.Text),
        Field("no_of_packages", @"Total\s*Packages|No\.?\s*of\s*(?:Packages|Pkgs)", ValueShape.Integer),
        Field("gross_weight", @"Total\s*Gross\s*W(?:eigh)?t|Gross\s*W(?:eigh)?t", ValueShape.AmountText),
    ];

    public static DeliveryOrderReading Extract(DocumentPages document, TimeSpan elapsed)
    {
        var text = new DocumentText(document.Pages);
        var fields = new FieldSet();
        Read(text, fields, Specs);
        foreach (var key in new[] { "do_number", "bl_number" })
        {
            CarrierLetters(text, fields, key);
        }
        if (fields["shipping_line"] is null && SignatureLine.Find(text) is var (signed, confidence, page))
        {
            fields.Set("shipping_line", signed, text.AccuracyOf(page, confidence), "signature line");
        }
        else if (fields["shipping_line"] is null && Letterhead(text) is var (name, accuracy))
        {
            fields.Set("shipping_line", name, FieldAccuracy.Guessed(accuracy), "letterhead");
        }

        var containers = Containers(text);
        if (containers.Count > 0)
        {
            var accuracy = containers.Min(container => container.Accuracy);
            fields.Set("container_numbers", containers.Select(container => container.Number).ToList(), accuracy, $"{containers.Count(c => c.CheckDigitValid)} of {containers.Count} check digits verify");
        }

        return new DeliveryOrderReading(document, elapsed, fields.ToDictionary(), containers);
    }

    /// <summary>Every container number on the pages, once each, in reading order.</summary>
    private static List<ContainerCheck> Containers(DocumentText text)
    {
        var found = new List<ContainerCheck>();
        foreach (var page in text.Pages)
        {
            foreach (var word in page.Words)
            {
                var match = ContainerPattern().Match(word.Text.ToUpperInvariant());
                if (!match.Success)
                {
                    continue;
                }

                var number = match.Groups["owner"].Value + DigitLike().Replace(match.Groups["digits"].Value, m => m.Value == "O" ? "0" : "1");
                if (found.Any(container => container.Number == number) || number.Length != ContainerNumber.Length)
                {
                    continue;
                }

                var valid = ContainerNumber.TryParse(number, out var parsed) && parsed.HasValidCheckDigit;
                var accuracy = text.AccuracyOf(page.PageNumber, word.Confidence);
                found.Add(new ContainerCheck(number, valid, valid ? FieldAccuracy.CrossChecked(accuracy) : FieldAccuracy.FailedCheck(accuracy)));
            }
        }

        return found;
    }

    /// <summary>
    /// A shipping reference starts with a carrier's letters ("DOONE4625384", "ONE352305888"), and read from pixels an O
    /// among them can come back as a 0 ("D0ONE4625384", "0NE352305888"). Zeros between letters, or before a letter at the
    /// start, are those Os; zeros beside a digit are digits. A text layer's letters are exact.
    /// </summary>
    private static void CarrierLetters(DocumentText text, FieldSet fields, string key)
    {
        if (fields[key] is not { Value: string reference } field || text.Pages.Any(page => text.IsTextLayer(page.PageNumber))
            || ZerosAmongLetters().Matches(reference) is not { Count: > 0 } zeros)
        {
            return;
        }

        fields.Set(key, ZerosAmongLetters().Replace(reference, run => new string('O', run.Length)), FieldAccuracy.Repaired(field.Accuracy, zeros.Sum(run => run.Length)), $"{field.Evidence}; zeros among the carrier's letters read as O");
    }

    /// <summary>The largest text at the top of the first page: shipping lines print their name as letterhead.</summary>
    private static (string Name, double Accuracy)? Letterhead(DocumentText text)
    {
        var top = text.Pages[0].Lines.Take(3).SelectMany(line => line.Phrases).Where(phrase => !phrase.Text.Contains("DELIVERY ORDER", StringComparison.OrdinalIgnoreCase)).ToList();
        var largest = top.OrderByDescending(phrase => phrase.Box.Height).FirstOrDefault();
        return largest is null ? null : (largest.Text, text.AccuracyOf(text.Pages[0].PageNumber, largest.Confidence));
    }

    [GeneratedRegex(@"^(?<owner>[A-Z]{3}[UJZ])(?<digits>[0-9OI]{7})$", RegexOptions.CultureInvariant)]
    private static partial Regex ContainerPattern();

    [GeneratedRegex(@"(?<=^|[A-Z])0+(?=[A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex ZerosAmongLetters();

    [GeneratedRegex(@"[OI]", RegexOptions.CultureInvariant)]
    private static partial Regex DigitLike();
}
