namespace Sangam.Client.EInvoices;

/// <summary>A seller, buyer or ship-to party (<c>SellerDtls</c>, <c>BuyerDtls</c>, <c>ShipDtls</c>).</summary>
/// <param name="Gstin">GSTIN; <c>URP</c> for an unregistered buyer.</param>
/// <param name="LglNm">Legal name.</param>
/// <param name="TrdNm">Trade name.</param>
/// <param name="Pos">Place of supply, a state code (buyer only).</param>
/// <param name="Addr1">Address line 1.</param>
/// <param name="Addr2">Address line 2.</param>
/// <param name="Loc">Location (city).</param>
/// <param name="Pin">PIN code.</param>
/// <param name="Stcd">State code.</param>
/// <param name="Ph">Phone number.</param>
/// <param name="Em">E-mail address.</param>
public sealed record EInvoiceParty(
    string? Gstin, string? LglNm, string? TrdNm, string? Pos, string? Addr1, string? Addr2, string? Loc, int? Pin, string? Stcd, string? Ph, string? Em);

/// <summary>Dispatch-from details (<c>DispDtls</c>).</summary>
/// <param name="Nm">Name.</param>
/// <param name="Addr1">Address line 1.</param>
/// <param name="Addr2">Address line 2.</param>
/// <param name="Loc">Location (city).</param>
/// <param name="Pin">PIN code.</param>
/// <param name="Stcd">State code.</param>
public sealed record EInvoiceDispatch(string? Nm, string? Addr1, string? Addr2, string? Loc, int? Pin, string? Stcd);
