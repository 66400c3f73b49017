using System.Globalization;
using Sangam.Cli.Infrastructure;
using Sangam.Client.EInvoices;
using Spectre.Console;

namespace Sangam.Cli.Commands.EInvoices;

/// <summary>
/// The IRN list for people: a table that fits 100 columns (short IRN, amounts in rupees, days as dd/MM/yyyy), and
/// the full rows as CSV.
/// </summary>
internal static class IrnTable
{
    private const string DayFormat = "dd/MM/yyyy";

    public static Table Build(string title, IrnType type, IReadOnlyList<IrnListItem> items)
    {
        var table = new Table().Border(TableBorder.Simple).Title(Markup.Escape(title))
            .AddColumn("Acknowledged").AddColumn(new TableColumn("IRN").NoWrap()).AddColumn("Document").AddColumn("Date")
            .AddColumn(new TableColumn(type == IrnType.Sales ? "Buyer" : "Seller").NoWrap())
            .AddColumn(new TableColumn("Value").RightAligned().NoWrap()).AddColumn("Status");
        foreach (var item in items)
        {
            table.AddRow(
                AckDay(item.AckDt), ShortIrn(item.Irn), Markup.Escape($"{item.DocType} {item.DocNum}"), Markup.Escape(item.DocDt),
                type == IrnType.Sales ? item.BuyerGstin : item.SupplierGstin,
                Output.Rupees(item.TotInvAmt), item.IsCancelled ? "[red]CNL[/]" : "ACT");
        }

        return table;
    }

    public static void WriteCsv(TextWriter writer, IReadOnlyList<IrnListItem> items)
    {
        writer.WriteLine("ack_date,irn,doc_type,doc_number,doc_date,supply_type,seller_gstin,buyer_gstin,total_invoice_value,irn_status,cancelled_at,ack_number,ewb_number,ewb_date");
        foreach (var item in items)
        {
            string[] fields =
            [
                item.AckDt, item.Irn, item.DocType, item.DocNum, item.DocDt, item.SupplyType, item.SupplierGstin, item.BuyerGstin,
                item.TotInvAmt.ToString(CultureInfo.InvariantCulture), item.IrnStatus, item.Cnldt, item.AckNo, item.EwbNo, item.EwbDt,
            ];
            writer.WriteLine(string.Join(',', fields.Select(Csv)));
        }
    }

    public static string Date(DateOnly day) => day.ToString(DayFormat, CultureInfo.InvariantCulture);

    // The first and last characters tell IRNs apart at a glance; --csv and "irn show" give the whole IRN.
    private static string ShortIrn(string irn) => irn.Length > 14 ? $"{irn[..8]}…{irn[^4..]}" : irn;

    // NIC writes yyyy-MM-dd HH:mm:ss; the table shows days one way only, as the document date is written.
    private static string AckDay(string ackDt) =>
        DateTime.TryParseExact(ackDt, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            ? at.ToString(DayFormat, CultureInfo.InvariantCulture)
            : Markup.Escape(ackDt);

    private static string Csv(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
