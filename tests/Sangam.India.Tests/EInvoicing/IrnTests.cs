using Sangam.India.EInvoicing;
using Sangam.India.Tax;

namespace Sangam.India.Tests.EInvoicing;

public class IrnTests
{
    [Theory]
    [InlineData("24AACCT3352M1Z9", "2023-24", EInvoiceDocumentType.Invoice, "DOC/3650", "38d3c9cb2cad71aff232db81ac37a5b03198b087b20beb5f918f560e23398395")]
    [InlineData("01AMBPG7773M002", "2022-23", EInvoiceDocumentType.Invoice, "SINV-CFY-00067", "706daeccda0ef6f818da78f3a2a05a1288731057373002289b46c3229289a2e7")]
    [InlineData("37BZNPM9430M1KL", "2020-21", EInvoiceDocumentType.Invoice, "CTDN23456", "afdcc32a0eaa3a054cffcd251884d3e3f4f726b75c8943e7d35fbabc82f05d8a")]
    public void Published_vectors(string gstin, string year, EInvoiceDocumentType type, string documentNumber, string expected)
    {
        var irn = Irn.Compute(gstin, FinancialYear.Parse(year).Value, type, documentNumber);

        Assert.Equal(expected, irn.Value);
        Assert.Matches(Irn.Pattern, irn.Value);
    }

    [Fact]
    public void Typed_GSTIN_and_document_date_give_the_same_IRN()
    {
        var gstin = Gstin.Parse("24AACCT3352M1Z9").Value;

        var fromGstin = Irn.Compute(gstin, FinancialYear.FromStartYear(2023), EInvoiceDocumentType.Invoice, "DOC/3650");
        var fromDate = Irn.Compute("24AACCT3352M1Z9", new DateOnly(2024, 3, 1), EInvoiceDocumentType.Invoice, "DOC/3650");

        Assert.Equal("38d3c9cb2cad71aff232db81ac37a5b03198b087b20beb5f918f560e23398395", fromGstin.Value);
        Assert.Equal(fromGstin, fromDate);
    }

    [Fact]
    public void Document_number_case_and_type_matter()
    {
        var year = FinancialYear.FromStartYear(2023);
        var original = Irn.Compute("24AACCT3352M1Z9", year, EInvoiceDocumentType.Invoice, "DOC/3650");

        Assert.NotEqual(original, Irn.Compute("24AACCT3352M1Z9", year, EInvoiceDocumentType.Invoice, "doc/3650"));
        Assert.NotEqual(original, Irn.Compute("24AACCT3352M1Z9", year, EInvoiceDocumentType.CreditNote, "DOC/3650"));
        Assert.NotEqual(original, Irn.Compute("24AACCT3352M1Z9", year, EInvoiceDocumentType.DebitNote, "DOC/3650"));
    }

    [Fact]
    public void Compute_refuses_missing_parts()
    {
        var year = FinancialYear.FromStartYear(2023);

        Assert.Throws<ArgumentException>(() => Irn.Compute(" ", year, EInvoiceDocumentType.Invoice, "1"));
        Assert.Throws<ArgumentException>(() => Irn.Compute("24AACCT3352M1Z9", year, EInvoiceDocumentType.Invoice, ""));
        Assert.Throws<ArgumentException>(() => Irn.Compute("24AACCT3352M1Z9", default(FinancialYear), EInvoiceDocumentType.Invoice, "1"));
    }

    [Fact]
    public void Parse_lowers_upper_case_hex()
    {
        var irn = Irn.Parse(" AFDCC32A0EAA3A054CFFCD251884D3E3F4F726B75C8943E7D35FBABC82F05D8A ").Value;

        Assert.Equal("afdcc32a0eaa3a054cffcd251884d3e3f4f726b75c8943e7d35fbabc82f05d8a", irn.Value);
    }

    [Fact]
    public void Canonical_input_is_not_copied()
    {
        var text = "afdcc32a0eaa3a054cffcd251884d3e3f4f726b75c8943e7d35fbabc82f05d8a";

        Assert.Same(text, Irn.Parse(text).Value.Value);
    }

    [Theory]
    [InlineData("afdcc32a0eaa3a054cffcd251884d3e3f4f726b75c8943e7d35fbabc82f05d8", "expected 64 characters, got 63 (hexadecimal)")]
    [InlineData("gfdcc32a0eaa3a054cffcd251884d3e3f4f726b75c8943e7d35fbabc82f05d8a", "character 1 should be a hexadecimal digit but is 'G'")]
    [InlineData("afdcc32a0eaa3a054cffcd251884d3e3 f4f726b75c8943e7d35fbabc82f05d8a", "character 33 is ' ': not allowed; only A-Z and 0-9 are allowed")]
    public void Problems_are_named(string text, string problem)
    {
        Assert.Equal(problem, Irn.Parse(text).Problem);
    }

    [Theory]
    [InlineData("INV", EInvoiceDocumentType.Invoice)]
    [InlineData("crn", EInvoiceDocumentType.CreditNote)]
    [InlineData(" DBN ", EInvoiceDocumentType.DebitNote)]
    public void Document_type_codes_map_both_ways(string code, EInvoiceDocumentType type)
    {
        Assert.Equal(type, EInvoiceDocumentTypeCode.Parse(code).Value);
        Assert.Equal(code.Trim().ToUpperInvariant(), type.ToCode());
    }

    [Theory]
    [InlineData("INVOICE")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_document_types_are_rejected(string? code)
    {
        Assert.False(EInvoiceDocumentTypeCode.TryParse(code, out _));
    }
}
