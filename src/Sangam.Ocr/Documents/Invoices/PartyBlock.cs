using Sangam.Ocr.Layout;

namespace Sangam.Ocr.Documents.Invoices;

/// <summary>The role a party plays on an invoice.</summary>
internal enum PartyRole
{
    Supplier,
    Buyer,
    ShipTo,
}

/// <summary>
/// The phrases printed under (or after) a party heading such as "Bill To:", in that heading's column:
/// name first, then address lines, then identifiers.
/// </summary>
internal sealed record PartyBlock(PartyRole Role, int PageNumber, int FirstLine, int LastLine, Box Column, IReadOnlyList<Phrase> Phrases);
