using System.ComponentModel;
using Sangam.Cli.Infrastructure;
using Sangam.Client;
using Sangam.Client.EInvoices;
using Spectre.Console.Cli;

namespace Sangam.Cli.Commands.EInvoices;

public sealed class IrnShowCommand : ApiCommand<IrnShowCommand.Settings>
{
    public sealed class Settings : GlobalSettings
    {
        [CommandArgument(0, "<IRN>")]
        [Description("The IRN, 64 hexadecimal digits.")]
        public string Irn { get; init; } = "";

        [CommandOption("--gstin <GSTIN>")]
        [Description("The GSTIN of your account that is seller or buyer (default: each of your account's GSTINs in turn).")]
        public string? Gstin { get; init; }
    }

    protected override async Task<int> RunAsync(SangamClient client, Settings settings, CancellationToken cancellationToken)
    {
        var gstins = settings.Gstin is { } given ? [given] : (await client.Auth.WhoAmIAsync(cancellationToken)).Account.Gstins;
        IrnDetail? detail = null;
        foreach (var gstin in gstins)
        {
            try
            {
                detail = await client.EInvoices.GetAsync(gstin, settings.Irn, cancellationToken);
                break;
            }
            catch (SangamNotFoundException) when (settings.Gstin is null)
            {
                // Not this GSTIN's; try the account's next one.
            }
        }

        if (detail is null)
        {
            throw new CliException(gstins.Count == 0
                ? "Your account has no GSTINs; IRNs are shown for the account's GSTINs only."
                : $"No e-invoice with IRN {settings.Irn} for any GSTIN of your account ({string.Join(", ", gstins)}).",
                ExitCodes.NotFound);
        }

        if (settings.Json)
        {
            Output.Json(detail);
            return 0;
        }

        var invoice = detail.Data;
        Output.Fields(
            ("IRN", detail.Irn),
            ("Status", detail.IsCancelled ? $"CNL (cancelled {detail.Cnldt})" : "ACT"),
            ("Document", $"{detail.DocType} {detail.DocNum} of {detail.DocDt} ({detail.SupplyType})"),
            ("Seller", $"{detail.SupplierGstin} {invoice?.SellerDtls?.LglNm}"),
            ("Buyer", $"{detail.BuyerGstin} {invoice?.BuyerDtls?.LglNm}"),
            ("Value", detail.TotInvAmt),
            ("Items", invoice?.ItemList?.Count),
            ("Acknowledged", $"{detail.AckNo} at {detail.AckDt}"),
            ("E-way bill", detail.EwbNo.Length == 0 ? null : $"{detail.EwbNo} of {detail.EwbDt}, valid till {detail.EwbValidTill}"),
            ("Signature", Describe(detail.Signature)),
            ("QR signature", detail.QrSignature is { } qr ? Describe(qr) : null));
        return 0;
    }

    private static string Describe(SignatureCheck check) => check.Verified
        ? $"verified ({check.Key}, issuer {check.Issuer})"
        : $"{check.Verdict}: {check.Reason}";
}
