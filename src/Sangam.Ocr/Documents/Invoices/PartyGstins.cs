namespace Sangam.Ocr.Documents.Invoices;

/// <summary>
/// Decides whose each GSTIN of an invoice is. Evidence, strongest first: the words of its own label
/// ("GSTIN of Customer", "Seller GSTIN", "Transporter"), the party heading it is printed under ("Bill To",
/// "Details of Receiver", "Consignee", "Sold By"), and position (the letterhead, above every party heading,
/// is the supplier's), which counts only on the invoice's first page. A consignee's GSTIN stands in for the
/// buyer's only when no buyer's is printed; a transporter's or an e-commerce operator's is nobody's. A GSTIN
/// under the "for ABC Traders" signature is the supplier's. Each
/// GSTIN's printed state, where one is printed beside it, is checked against its state code.
/// </summary>
internal static class PartyGstins
{
    /// <summary>A party heading governs the lines this far under it.</summary>
    private const int BlockReach = 14;

    private enum Strength
    {
        Position = 1,
        Heading = 2,
        Label = 3,
    }

    public static void Read(DocumentText text, FieldSet fields, IReadOnlySet<string> documentPans)
    {
        var sightings = GstinSightings.Find(text, documentPans);
        if (sightings.Count == 0)
        {
            return;
        }

        var firstPage = text.Pages[0];
        var blocks = text.Pages.SelectMany(PartyLocator.Locate).Where(block => block.Headed).ToList();
        var roles = sightings.Select(sighting => (Sighting: sighting, Role: RoleOf(text, sighting, blocks, firstPage))).ToList();

        var supplier = Best(roles, PartyRole.Supplier, exclude: null);
        var buyer = Best(roles, PartyRole.Buyer, exclude: supplier?.Sighting.Match.Gstin);
        var guessedBuyer = false;
        if (buyer is null && Best(roles, PartyRole.ShipTo, exclude: supplier?.Sighting.Match.Gstin) is { } consignee)
        {
            (buyer, guessedBuyer) = (consignee, true);
        }

        // Position means something only on the first page, where the parties are printed: a GSTIN under no label or
        // heading on a later page (a statement, a summary, terms) may be anyone's, and is nobody's here. Only one
        // GSTIN is the supplier's: another placed at the top by position alone is unclaimed too.
        var unclaimed = roles
            .Where(role => role.Sighting.PageNumber == firstPage.PageNumber
                && (role.Role is null || (role.Role.Strength == Strength.Position && role.Role.Role == PartyRole.Supplier && role.Sighting.Match.Gstin != supplier?.Sighting.Match.Gstin)))
            .Select(role => role.Sighting)
            .ToList();
        var guessedSupplier = false;
        if (supplier is null && unclaimed.FirstOrDefault(sighting => sighting.Match.Gstin != buyer?.Sighting.Match.Gstin) is { } first)
        {
            (supplier, guessedSupplier) = ((first, new Evidence(PartyRole.Supplier, Strength.Position)), true);
        }

        // One other party left (its GSTINs share a PAN: billed to and shipped to one company, perhaps in two states):
        // the buyer, billed to first.
        if (buyer is null && supplier is not null
            && unclaimed.Where(sighting => sighting.Match.Gstin != supplier.Value.Sighting.Match.Gstin).ToList() is [var other, ..] others
            && others.All(sighting => sighting.Match.Gstin[2..12] == other.Match.Gstin[2..12]))
        {
            (buyer, guessedBuyer) = ((other, new Evidence(PartyRole.Buyer, Strength.Position)), true);
        }

        // Two GSTINs placed only by position, in different states: the one in the place of supply's state is the buyer's.
        if (supplier is { Evidence.Strength: Strength.Position } positioned && (buyer is null || buyer.Value.Evidence.Strength == Strength.Position)
            && fields["place_of_supply"]?.Text[..2] is { } supplyState && positioned.Sighting.Match.Gstin[..2] == supplyState
            && roles.Where(role => role.Role is null or { Strength: Strength.Position }).Select(role => role.Sighting)
                .FirstOrDefault(other => other.PageNumber == firstPage.PageNumber && other.Match.Gstin[..2] != supplyState) is { } elsewhere)
        {
            (supplier, buyer, guessedSupplier, guessedBuyer) = ((elsewhere, new Evidence(PartyRole.Supplier, Strength.Position)), positioned with { Evidence = new Evidence(PartyRole.Buyer, Strength.Position) }, true, true);
        }

        // Two GSTINs placed by position alone, the other way round by their PANs: a company's or firm's PAN carries the
        // first letter of its name (its fifth character; the fourth says which kind of holder, P a person, whose fifth
        // is the surname's). The supplier's not matching the letterhead's name while the buyer's does, they swap.
        if (supplier is { Evidence.Strength: Strength.Position } placed && buyer is { Evidence.Strength: Strength.Position } placedBuyer
            && LetterheadInitial(firstPage) is { } initial
            && NameLetter(placed.Sighting.Match.Gstin) is { } supplierLetter && supplierLetter != initial
            && NameLetter(placedBuyer.Sighting.Match.Gstin) == initial)
        {
            (supplier, buyer) = ((placedBuyer.Sighting, placed.Evidence with { ByPanName = true }), (placed.Sighting, placedBuyer.Evidence with { ByPanName = true }));
        }

        // A buyer's GSTIN with the supplier's state and PAN that verifies only once repaired, or not at all, is the
        // supplier's, misread: a repair can land on a valid check character ("1ZS" read "IZS", repaired to "IZB").
        if (buyer is { } misread && supplier is { } seller
            && (!misread.Sighting.Match.CheckCharacterValid || misread.Sighting.Match.ChangedCharacters > 0)
            && misread.Sighting.Match.Gstin[..12] == seller.Sighting.Match.Gstin[..12])
        {
            buyer = null;
        }

        Set(text, fields, "supplier_gstin", supplier, guessedSupplier, sightings);
        Set(text, fields, "buyer_gstin", buyer, guessedBuyer, sightings);
    }

    /// <summary>The first letter of a company's or firm's name its PAN carries (GSTIN characters 3-12); null for a person.</summary>
    private static char? NameLetter(string gstin) => gstin[5] == 'P' ? null : gstin[6];

    /// <summary>The first letter of the name printed tallest in the top quarter of the page, "M/s" aside; null when there is none.</summary>
    private static char? LetterheadInitial(PageReading page)
    {
        var name = PartyReader.MostProminentName(page.Lines.Where(line => line.Box.Top < page.Height / 4).SelectMany(line => line.Phrases));
        var first = name?.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(word => word.StartsWith("M/s", StringComparison.OrdinalIgnoreCase)).FirstOrDefault();
        return first is not null && char.IsAsciiLetter(first[0]) ? char.ToUpperInvariant(first[0]) : null;
    }

    private static (GstinSighting Sighting, Evidence Evidence)? Best(List<(GstinSighting Sighting, Evidence? Role)> roles, PartyRole role, string? exclude) =>
        roles.Where(candidate => candidate.Role?.Role == role && candidate.Sighting.Match.Gstin != exclude)
            .OrderByDescending(candidate => candidate.Role!.Strength)
            .ThenByDescending(candidate => candidate.Sighting.Match.CheckCharacterValid)
            .ThenBy(candidate => candidate.Sighting.PageNumber)
            .ThenBy(candidate => candidate.Sighting.LineIndex)
            .Select(candidate => ((GstinSighting, Evidence)?)(candidate.Sighting, candidate.Role!))
            .FirstOrDefault();

    private static Evidence? RoleOf(DocumentText text, GstinSighting sighting, List<PartyBlock> blocks, PageReading firstPage)
    {
        if (InvoiceLabels.ThirdPartyContext.IsMatch(sighting.Context))
        {
            return new Evidence(PartyRole.Other, Strength.Label);
        }

        if (InvoiceLabels.BuyerContext.IsMatch(sighting.Context))
        {
            return new Evidence(PartyRole.Buyer, Strength.Label);
        }

        if (InvoiceLabels.SupplierContext.IsMatch(sighting.Context)
            || SignatureLine.IsUnder(text.Page(sighting.PageNumber), sighting.LineIndex, sighting.Box))
        {
            return new Evidence(PartyRole.Supplier, Strength.Label);
        }

        var governing = blocks
            .Where(block => block.PageNumber == sighting.PageNumber && block.FirstLine < sighting.LineIndex && sighting.LineIndex - block.FirstLine <= BlockReach
                && sighting.Box.StartsIn(block.Column)
                && !GstinLinePrinted(text.Page(sighting.PageNumber), block, sighting.LineIndex))
            .MaxBy(block => block.FirstLine);
        if (governing is not null)
        {
            return new Evidence(governing.Role, Strength.Heading);
        }

        // The letterhead: above the first buyer or consignee heading, or in the top quarter of the page, under no heading.
        var firstHeading = blocks.Where(block => block.PageNumber == firstPage.PageNumber && block.Role is PartyRole.Buyer or PartyRole.ShipTo)
            .Select(block => block.FirstLine).DefaultIfEmpty(int.MaxValue).Min();
        var letterhead = sighting.LineIndex < firstHeading || sighting.Box.Top < firstPage.Height / 4;
        return sighting.PageNumber == firstPage.PageNumber && letterhead ? new Evidence(PartyRole.Supplier, Strength.Position) : null;
    }

    /// <summary>
    /// A party's block prints one GSTIN line: once it has ("GSTIN : Not Applicable" for a consumer), a GSTIN further
    /// down is no longer under its heading (the supplier's, printed with its name at the foot of a receipt).
    /// </summary>
    private static bool GstinLinePrinted(PageReading page, PartyBlock block, int sightingLine) =>
        page.Lines.Skip(block.FirstLine + 1).Take(sightingLine - block.FirstLine - 1)
            .Any(line => line.Phrases.Any(phrase => phrase.Box.StartsIn(block.Column) && InvoiceLabels.Gstin.IsMatch(phrase.Text)));

    private static void Set(DocumentText text, FieldSet fields, string key, (GstinSighting Sighting, Evidence Evidence)? chosen, bool guessed, List<GstinSighting> sightings)
    {
        if (chosen is not var (sighting, evidence))
        {
            return;
        }

        var (accuracy, checkEvidence) = sighting.Match.Score(sighting.ReadAccuracy);
        var why = $"{checkEvidence}; {Describe(evidence)}";
        if (guessed)
        {
            accuracy = FieldAccuracy.Guessed(accuracy);
        }

        if (PrintedState.Near(text, sighting) is { } state)
        {
            var agrees = state == sighting.Match.Gstin[..2];
            accuracy = agrees ? FieldAccuracy.CrossChecked(accuracy) : FieldAccuracy.Contradicted(accuracy);
            why += agrees ? "; printed state code agrees" : $"; printed state code {state} disagrees";
        }

        // The same GSTIN read alike elsewhere on the page (a party printed twice) is a second reading.
        if (!text.IsTextLayer(sighting.PageNumber) && sightings.Count(other => other.Match.Gstin == sighting.Match.Gstin) > 1)
        {
            accuracy = FieldAccuracy.CrossChecked(accuracy);
            why += "; read alike twice";
        }

        fields.Set(key, sighting.Match.Gstin, accuracy, why);
    }

    private static string Describe(Evidence evidence) => evidence.Strength switch
    {
        _ when evidence.ByPanName => evidence.Role == PartyRole.Supplier ? "its PAN carries the letterhead name's first letter" : "the other GSTIN",
        Strength.Label => "its label names the party",
        Strength.Heading => $"under the {evidence.Role} heading",
        _ => evidence.Role == PartyRole.Supplier ? "letterhead, above the party headings" : "the other GSTIN",
    };

    /// <summary>Whose a GSTIN is and how strongly; <c>ByPanName</c> when its PAN's name letter, against the letterhead, turned what position said.</summary>
    private sealed record Evidence(PartyRole Role, Strength Strength, bool ByPanName = false);
}
