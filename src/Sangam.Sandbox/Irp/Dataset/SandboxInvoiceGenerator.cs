using System.Globalization;
using System.Text.Json.Nodes;
using Sangam.India.EInvoicing;

namespace Sangam.Sandbox.Irp.Dataset;

/// <summary>
/// The sandbox IRP's built-in e-invoices: for each month, invoices, credit and debit notes that the configured
/// taxpayers issued to and received from counterparties, with NIC INV-01 content whose taxes and totals add up,
/// real IRNs, 15-digit acknowledgement numbers, some e-way bills and some cancellations. Each month depends only on
/// the seed and the month, so it is the same on every start and on every machine.
/// </summary>
internal sealed class SandboxInvoiceGenerator
{
    private const int CounterpartyCount = 48;

    private readonly IrpEmulatorOptions _options;
    private readonly List<Party> _taxpayers;
    private readonly IReadOnlyList<Party> _counterparties;

    public SandboxInvoiceGenerator(IrpEmulatorOptions options)
    {
        _options = options;
        _taxpayers = options.DatasetTaxpayers.Select(SandboxParties.Taxpayer).ToList();
        _counterparties = SandboxParties.Counterparties(options.DatasetSeed, CounterpartyCount);
    }

    public IEnumerable<RegisteredInvoice> Month(int year, int month)
    {
        if (_taxpayers.Count == 0)
        {
            yield break;
        }

        var random = new Random(unchecked(_options.DatasetSeed + (year * 100) + month));
        var days = DateTime.DaysInMonth(year, month);
        for (var i = 0; i < _options.InvoicesPerMonth; i++)
        {
            // Fixed shares rather than dice, so every month has each feature on both sides, whatever the seed: a goods
            // invoice moved under an e-way bill (shares 0 and 1) and a cancellation within NIC's 24 hours (12 and 13),
            // each once as a sale and once as a purchase. One in three of the other goods invoices has an e-way bill.
            var share = i % 25;
            var home = _taxpayers[i % _taxpayers.Count];
            var saleRoll = random.NextDouble();
            var isSale = share switch { 0 or 12 => true, 1 or 13 => false, _ => saleRoll < 0.55 };
            var other = _taxpayers.Count > 1 && random.NextDouble() < 0.08
                ? _taxpayers[(i + 1) % _taxpayers.Count]
                : _counterparties[random.Next(_counterparties.Count)];
            var (seller, buyer) = isSale ? (home, other) : (other, home);
            var typeRoll = random.NextDouble();
            var type = share is 0 or 1 ? "INV" : typeRoll switch { < 0.90 => "INV", < 0.97 => "CRN", _ => "DBN" };
            var ackDt = new DateTime(year, month, random.Next(1, days + 1), random.Next(9, 21), random.Next(60), random.Next(60));
            var docDate = DateOnly.FromDateTime(ackDt).AddDays(-random.Next(0, 4));
            var docNo = string.Create(CultureInfo.InvariantCulture, $"{type}/{year % 100:00}{month:00}/{i + 1:00000}");
            var invoice = BuildInvoice(random, seller, buyer, type, docNo, docDate, isSez: random.NextDouble() < 0.04, goodsOnly: share is 0 or 1);

            var cancelled = share is 12 or 13 ? ackDt.AddHours(1 + (i % 20)) : (DateTime?)null;
            var carriesGoods = invoice["ItemList"]!.AsArray().Any(item => (string?)item!["IsServc"] == "N");
            var ewayBill = cancelled is null && type == "INV" && carriesGoods && (i % 3 == 0 || share is 0 or 1)
                ? NewEwayBill(random, ackDt)
                : null;

            yield return new RegisteredInvoice(
                invoice,
                Irn.Compute(seller.Gstin, docDate, EInvoiceDocumentTypeCode.Parse(type).Value, docNo).Value,
                long.Parse(string.Create(CultureInfo.InvariantCulture, $"19{year % 100:00}0{month:00}{i:00000000}"), CultureInfo.InvariantCulture),
                ackDt,
                cancelled,
                ewayBill);
        }
    }

    private static EwayBill NewEwayBill(Random random, DateTime ackDt)
    {
        var generated = ackDt.AddMinutes(random.Next(5, 90));
        return new EwayBill(random.NextInt64(100_000_000_000, 1_000_000_000_000), generated,
            generated.Date.AddDays(random.Next(1, 6)).AddHours(23).AddMinutes(59));
    }

    private static JsonObject BuildInvoice(Random random, Party seller, Party buyer, string type, string docNo, DateOnly docDate, bool isSez, bool goodsOnly)
    {
        var interState = isSez || seller.Place.StateCode != buyer.Place.StateCode;
        var items = new JsonArray();
        decimal assessable = 0, cgst = 0, sgst = 0, igst = 0;
        var lines = random.Next(1, 5);
        for (var line = 1; line <= lines; line++)
        {
            var catalogue = goodsOnly ? SandboxCatalogue.Goods : SandboxCatalogue.Items;
            var product = catalogue[random.Next(catalogue.Count)];
            var quantity = product.IsService ? 1 : product.MaxPrice > 1000 ? random.Next(1, 25) : random.Next(10, 500);
            var price = Money(product.MinPrice + ((product.MaxPrice - product.MinPrice) * (decimal)random.NextDouble()));
            var total = Money(quantity * price);
            var tax = total * product.GstRate / 100m;
            var (itemIgst, itemCgst) = interState ? (Money(tax), 0m) : (0m, Money(tax / 2));
            assessable += total;
            igst += itemIgst;
            cgst += itemCgst;
            sgst += itemCgst;
            items.Add(new JsonObject
            {
                ["SlNo"] = line.ToString(CultureInfo.InvariantCulture),
                ["PrdDesc"] = product.Description,
                ["IsServc"] = product.IsService ? "Y" : "N",
                ["HsnCd"] = product.HsnCode,
                ["Qty"] = quantity,
                ["Unit"] = product.Unit,
                ["UnitPrice"] = Amount(price),
                ["TotAmt"] = Amount(total),
                ["Discount"] = 0,
                ["AssAmt"] = Amount(total),
                ["GstRt"] = Amount(product.GstRate),
                ["IgstAmt"] = Amount(itemIgst),
                ["CgstAmt"] = Amount(itemCgst),
                ["SgstAmt"] = Amount(itemCgst),
                ["CesRt"] = 0,
                ["CesAmt"] = 0,
                ["TotItemVal"] = Amount(total + itemIgst + (2 * itemCgst)),
            });
        }

        var beforeRounding = assessable + cgst + sgst + igst;
        var invoiceValue = Math.Round(beforeRounding, 0, MidpointRounding.AwayFromZero);
        return new JsonObject
        {
            ["Version"] = "1.1",
            ["TranDtls"] = new JsonObject { ["TaxSch"] = "GST", ["SupTyp"] = isSez ? "SEZWP" : "B2B", ["RegRev"] = "N", ["IgstOnIntra"] = "N" },
            ["DocDtls"] = new JsonObject { ["Typ"] = type, ["No"] = docNo, ["Dt"] = docDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) },
            ["SellerDtls"] = Details(seller, placeOfSupply: null),
            ["BuyerDtls"] = Details(buyer, placeOfSupply: buyer.Place.StateCode),
            ["ItemList"] = items,
            ["ValDtls"] = new JsonObject
            {
                ["AssVal"] = Amount(assessable),
                ["CgstVal"] = Amount(cgst),
                ["SgstVal"] = Amount(sgst),
                ["IgstVal"] = Amount(igst),
                ["CesVal"] = 0,
                ["StCesVal"] = 0,
                ["Discount"] = 0,
                ["OthChrg"] = 0,
                ["RndOffAmt"] = Amount(invoiceValue - beforeRounding),
                ["TotInvVal"] = Amount(invoiceValue),
            },
        };
    }

    private static JsonObject Details(Party party, string? placeOfSupply)
    {
        var details = new JsonObject
        {
            ["Gstin"] = party.Gstin,
            ["LglNm"] = party.LegalName,
            ["TrdNm"] = party.TradeName,
        };
        if (placeOfSupply is not null)
        {
            details["Pos"] = placeOfSupply;
        }

        // string.GetHashCode differs between processes; the address must not.
        var plot = 10 + (party.Gstin.Sum(c => c) % 240);
        details["Addr1"] = string.Create(CultureInfo.InvariantCulture, $"PLOT {plot}, {party.Place.Locality}");
        details["Loc"] = party.Place.City;
        details["Pin"] = party.Place.Pin;
        details["Stcd"] = party.Place.StateCode;
        return details;
    }

    private static decimal Money(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    /// <summary>As NIC writes amounts: 747.5, not 747.50.</summary>
    private static decimal Amount(decimal value) => Money(value) / 1.000000000000000000000000000000000m;
}
