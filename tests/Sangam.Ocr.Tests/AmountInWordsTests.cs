using Sangam.Ocr.Documents.Parsing;

namespace Sangam.Ocr.Tests;

public sealed class AmountInWordsTests
{
    [Theory]
    [InlineData("Rupees Twenty Three Thousand Ten Only", "23010")]
    [InlineData("INR Two Lakh Twenty Thousand Three Hundred Seventy Seven Only", "220377")]
    [InlineData("Rupees One Crore Five Lakh Only", "10500000")]
    [InlineData("Twenty-Nine Lakh Twenty-Five Thousand Eight Hundred Thirty-Four And Forty-Four Paisa Only", "2925834.44")]
    [InlineData("Rupees Five Thousand Four Hundred and Seventy Eight only", "5478")]
    [InlineData("Six Hundred Sixty-eight Point Eight only", "668.8")]
    [InlineData("Thirteen Thousand Ninty Eight Rupees Only", "13098")]
    [InlineData("Four Lakhs Fourty Thousend Seven Ninty Three Only", "440793")]
    [InlineData("Nine Thousand Nine Hundred Seventy-one Onl", "9971")]
    [InlineData("Rs. Fifteen Thousand Eight Hundred Two and Paise Fifty-six Only", "15802.56")]
    [InlineData("Rupees Seven Hundred and Paise Five Onl", "700.05")]
    [InlineData("Rs. Four Thousand Three Hundred Sixty-six On!", "4366")]
    [InlineData("SIXTEEN THOUSAND SIX HUNORED NINETY EIGHT RUPEES AND ZERD PAISA ONLY", "16698")]
    [InlineData("Rupees Tcn Thousand Fivc Hundred Only", "10500")]
    [InlineData("INRFortyOne ThousandThree Hundred Only", "41300")]
    public void Indian_amounts_in_words_are_read(string words, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), AmountInWords.ParseComplete(words));

    [Theory]
    [InlineData("Rupees Twenty Three Thousand")]
    [InlineData("Tax Amount Three Thousand Only")]
    [InlineData("Twenty Three Thousand Hundred Only")]
    [InlineData("Eleven Twelve Only")]
    [InlineData("Rupees Ten and Paise Fifty Thousand Only")]
    [InlineData("Terms based on")]
    [InlineData("Rupees Ten Thousand Fivx Hundred Only")]
    public void Words_that_do_not_end_or_do_not_make_one_number_are_no_reading(string words) =>
        Assert.Null(AmountInWords.ParseComplete(words));
}
