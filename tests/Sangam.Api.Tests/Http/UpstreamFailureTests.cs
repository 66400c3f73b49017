using Microsoft.AspNetCore.Http;
using Sangam.Api.Http.Errors;
using Sangam.Api.Usage.Metering;

namespace Sangam.Api.Tests.Http;

/// <summary>
/// An upstream failure is a value, and <see cref="ApiError.ForUpstream"/> is the one place it becomes an answer: the
/// status, whether the caller may retry, the upstream named and its own words quoted, and the metering outcome.
/// </summary>
[Trait(DatabaseUse.Trait, DatabaseUse.Incidental)]
public sealed class UpstreamFailureTests
{
    [Theory]
    [InlineData(UpstreamFailureKind.Failed, 502, true, "failed", "The upstream service ULIP VAHAN/01 failed: it answered \"down\". This is not a problem with your request; retry later.")]
    [InlineData(UpstreamFailureKind.TimedOut, 504, true, "timed_out", "The upstream service ULIP VAHAN/01 did not answer in time. This is not a problem with your request; retry later.")]
    [InlineData(UpstreamFailureKind.Refused, 502, false, "refused", "The upstream service ULIP VAHAN/01 refused this server: it answered \"down\". This is not a problem with your request, and retrying will not help until the server's operator fixes its access to the upstream.")]
    [InlineData(UpstreamFailureKind.Rejected, 400, false, "rejected", "The upstream service ULIP VAHAN/01 rejected the request: it answered \"down\". Sending the same request again will not help.")]
    public async Task Each_kind_of_failure_has_its_status_retry_advice_and_outcome(UpstreamFailureKind kind, int status, bool retryable, string outcome, string message)
    {
        var failure = new UpstreamFailure("ULIP VAHAN/01", kind, "it answered " + UpstreamFailure.Quote("down"));
        var context = new DefaultHttpContext();
        context.Response.Body = new MemoryStream();

        await ApiError.ForUpstream(failure).ExecuteAsync(context);

        context.Response.Body.Position = 0;
        var body = JsonNode.Parse(context.Response.Body)!;
        Assert.Equal(status, context.Response.StatusCode);
        Assert.Equal(message, (string?)body["message"]);
        Assert.Equal(retryable, (bool)body["retryable"]!);
        Assert.Equal(retryable, failure.Retryable);
        Assert.Equal(outcome, failure.Outcome.WireName());
    }

    [Fact]
    public void A_result_holds_an_answer_or_a_failure_never_both()
    {
        UpstreamResult<string> answered = "record";
        UpstreamResult<string> failed = UpstreamFailure.Failed("data.gov.in", "it answered HTTP 503");

        Assert.True(answered.Succeeded);
        Assert.Equal("RECORD", answered.Map(r => r.ToUpperInvariant()).Value);
        Assert.False(failed.Succeeded);
        Assert.Same(failed.Failure, failed.Map(r => r.Length).Failure);
        Assert.Throws<InvalidOperationException>(() => failed.Value);
    }

    [Fact]
    public void Blank_upstream_words_are_said_to_be_missing_rather_than_quoted_empty()
    {
        Assert.Equal("without saying why", UpstreamFailure.Quote(" "));
        Assert.Equal("\"Access denied\"", UpstreamFailure.Quote(" Access denied "));
    }
}
