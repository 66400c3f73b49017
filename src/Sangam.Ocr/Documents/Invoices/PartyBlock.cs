using Sangam.Ocr.Layout;

namespace Sangam.Ocr.Documents.Invoices;

/// <summary>The role a party plays on an invoice.</summary>
internal enum PartyRole
{
    Supplier,
    Buyer,
    ShipTo,

    /// <summary>Neither party: a transporter, a dispatch address, bank details.</summary>
    Other,
}

/// <summary>
/// The phrases printed under (or after) a party heading such as "Bill To:", in that heading's column:
/// name first, then address lines, then identifiers. The supplier's block may have no heading: then it is
/// the top of the page, above the first heading (<paramref name="Headed"/> false).
/// </summary>
internal sealed record PartyBlock(PartyRole Role, int PageNumber, int FirstLine, int LastLine, Box Column, IReadOnlyList<Phrase> Phrases, bool Headed = true);
