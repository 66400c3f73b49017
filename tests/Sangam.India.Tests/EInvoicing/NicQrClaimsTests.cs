using Sangam.India.EInvoicing;

namespace Sangam.India.Tests.EInvoicing;

public class NicQrClaimsTests
{
    [Fact]
    public void Claims_of_the_real_QR_code_are_typed()
    {
        using var keys = NicKeyStore.CreateWithNicKeys();
        var data = NicJws.Verify(IrpSample.SignedQrCode, keys).Data!.Value;

        var result = NicQrClaims.Parse(data);

        Assert.True(result.IsValid, result.Problem);
        var claims = result.Value;
        Assert.Equal("37BZNPM9430M1KL", claims.SellerGstin);
        Assert.Equal("03BZNPM9430M1KL", claims.BuyerGstin);
        Assert.Equal("CTDN23456", claims.DocNo);
        Assert.Equal("INV", claims.DocTyp);
        Assert.Equal(new DateOnly(2020, 8, 5), claims.DocDt);
        Assert.Equal(16650m, claims.TotInvVal);
        Assert.Equal(1, claims.ItemCnt);
        Assert.Equal("39231010", claims.MainHsnCode);
        Assert.Equal(IrpSample.Irn, claims.Irn);
        Assert.Null(claims.IrnDt);
    }

    private const string Newer =
        """{"SellerGstin":"24AACCT3352M1Z9","BuyerGstin":"URP","DocNo":"DOC/3650","DocTyp":"INV","DocDt":"01/11/2023","TotInvVal":46618.72,"ItemCnt":3,"MainHsnCode":"1006","Irn":"38d3c9cb2cad71aff232db81ac37a5b03198b087b20beb5f918f560e23398395","IrnDt":"2023-11-01 17:14:00"}""";

    [Fact]
    public void Newer_codes_carry_the_IRN_date()
    {
        var claims = NicQrClaims.Parse(Newer).Value;

        Assert.Equal(new DateTime(2023, 11, 1, 17, 14, 0), claims.IrnDt);
        Assert.Equal(46618.72m, claims.TotInvVal);
        Assert.Equal("URP", claims.BuyerGstin);
    }

    [Theory]
    [InlineData("\"DocDt\":\"01/11/2023\"", "\"DocDt\":\"2023-11-01\"", "DocDt '2023-11-01' is not a dd/MM/yyyy date")]
    [InlineData("\"SellerGstin\":\"24AACCT3352M1Z9\",", "", "SellerGstin is missing")]
    [InlineData("\"ItemCnt\":3", "\"ItemCnt\":1.5", "ItemCnt should be a whole number")]
    [InlineData("\"TotInvVal\":46618.72", "\"TotInvVal\":\"lots\"", "TotInvVal should be a number")]
    [InlineData("\"DocNo\":\"DOC/3650\"", "\"DocNo\":[1]", "DocNo should be text")]
    [InlineData("\"IrnDt\":\"2023-11-01 17:14:00\"", "\"IrnDt\":\"yesterday\"", "IrnDt 'yesterday' is not a yyyy-MM-dd HH:mm:ss timestamp")]
    public void Bad_claims_are_named(string original, string replacement, string problem)
    {
        Assert.Contains(original, Newer, StringComparison.Ordinal);

        Assert.Equal(problem, NicQrClaims.Parse(Newer.Replace(original, replacement, StringComparison.Ordinal)).Problem);
    }

    [Fact]
    public void Amounts_and_HSN_codes_sent_with_the_other_JSON_type_are_accepted()
    {
        var claims = NicQrClaims.Parse(Newer.Replace("46618.72", "\"46618.72\"", StringComparison.Ordinal)
            .Replace("\"1006\"", "1006", StringComparison.Ordinal)).Value;

        Assert.Equal(46618.72m, claims.TotInvVal);
        Assert.Equal("1006", claims.MainHsnCode);
    }

    [Theory]
    [InlineData(null, "no QR data given")]
    [InlineData("", "no QR data given")]
    [InlineData("{", "the QR data is not JSON")]
    [InlineData("[1]", "the QR data is not a JSON object")]
    public void Data_that_is_not_a_JSON_object_is_refused(string? json, string problem)
    {
        Assert.Equal(problem, NicQrClaims.Parse(json).Problem);
    }
}
