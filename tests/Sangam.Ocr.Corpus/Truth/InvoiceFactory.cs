namespace Sangam.Ocr.Corpus.Truth;

/// <summary>Makes realistic, internally consistent tax invoices from a seed.</summary>
public static class InvoiceFactory
{
    private static readonly DateOnly Earliest = new(2023, 4, 1);

    /// <param name="seed">Same seed, same invoice.</param>
    /// <param name="interState">IGST invoice (buyer in another state) rather than CGST + SGST.</param>
    /// <param name="lineCount">Number of line items.</param>
    /// <param name="signer">When given, the invoice is an e-invoice: it carries an IRN and a signed QR.</param>
    public static InvoiceTruth Create(int seed, bool interState, int lineCount = 4, EInvoiceSigner? signer = null)
    {
        var random = new Random(seed);
        var supplierPlace = IndianSamples.Places[random.Next(IndianSamples.Places.Length)];
        var buyerPlace = supplierPlace;
        while (interState == (buyerPlace.Code == supplierPlace.Code))
        {
            buyerPlace = IndianSamples.Places[random.Next(IndianSamples.Places.Length)];
        }

        var supplier = NewParty(random, supplierPlace);
        var buyer = NewParty(random, buyerPlace);
        var shipTo = random.Next(3) == 0 ? NewParty(random, buyerPlace) : buyer;
        var date = Earliest.AddDays(random.Next(900));
        var number = random.Next(4) switch
        {
            0 => $"INV/{FinancialYearShort(date)}/{random.Next(1, 9999):D4}",
            1 => $"{Initials(supplier.Name)}-{random.Next(100, 99999)}",
            2 => SampleIdentifiers.Digits(random, 14),
            _ => $"GST{FinancialYearShort(date).Replace("-", string.Empty, StringComparison.Ordinal)}{random.Next(1, 99999):D5}",
        };
        var lines = Enumerable.Range(0, lineCount).Select(_ => NewLine(random)).ToList();
        var invoice = new InvoiceTruth
        {
            InvoiceNumber = number,
            InvoiceDate = date,
            DueDate = date.AddDays(new[] { 15, 30, 45 }[random.Next(3)]),
            PoNumber = $"PO-{random.Next(10000, 99999)}",
            PaymentTerm = IndianSamples.PaymentTerms[random.Next(IndianSamples.PaymentTerms.Length)],
            Supplier = supplier,
            Buyer = buyer,
            ShipTo = shipTo,
            Lines = lines,
            EwayBillNumber = random.Next(3) > 0 ? SampleIdentifiers.Digits(random, 12) : null,
        };
        if (signer is null)
        {
            return invoice;
        }

        invoice = invoice with { Irn = SampleIdentifiers.Irn(supplier.Gstin, date, number) };
        return invoice with { SignedQrCode = signer.SignQr(invoice) };
    }

    private static Party NewParty(Random random, (string City, string State, string Code, string PinPrefix) place)
    {
        var name = $"{Pick(random, IndianSamples.CompanyStems)} {Pick(random, IndianSamples.CompanyTrades)} {Pick(random, IndianSamples.CompanySuffixes)}";
        return new Party(
            name,
            Pick(random, IndianSamples.Streets),
            place.City,
            place.State,
            place.Code,
            place.PinPrefix + random.Next(1, 999).ToString("D3", System.Globalization.CultureInfo.InvariantCulture),
            SampleIdentifiers.Gstin(random, place.Code, random.Next(4) == 0 ? 'F' : 'C'));
    }

    private static InvoiceLine NewLine(Random random)
    {
        var goods = IndianSamples.Goods[random.Next(IndianSamples.Goods.Length)];
        var price = Math.Round(goods.MinPrice + ((goods.MaxPrice - goods.MinPrice) * (decimal)random.NextDouble()), 2);
        var quantity = goods.Uom is "KGS" or "MTR" ? random.Next(10, 2500) : random.Next(1, 120);
        return new InvoiceLine(goods.Description, goods.Hsn, quantity, goods.Uom, price, goods.Rate);
    }

    private static string FinancialYearShort(DateOnly date)
    {
        var start = date.Month >= 4 ? date.Year : date.Year - 1;
        return $"{start % 100:D2}-{(start + 1) % 100:D2}";
    }

    private static string Initials(string name) =>
        string.Concat(name.Split(' ').Where(part => part.Length > 0 && char.IsLetter(part[0])).Take(3).Select(part => part[0]));

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];
}
