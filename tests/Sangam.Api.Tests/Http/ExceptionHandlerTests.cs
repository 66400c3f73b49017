using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Sangam.Api.Http.Errors;

namespace Sangam.Api.Tests.Http;

/// <summary>
/// No endpoint is meant to throw, so the one exception handler is exercised directly: an unexpected exception becomes
/// a 500 envelope with a trace id and nothing of the exception's text; client mistakes keep their 4xx.
/// </summary>
[Trait(DatabaseUse.Trait, DatabaseUse.Incidental)]
public sealed class ExceptionHandlerTests
{
    [Fact]
    public async Task An_unexpected_exception_is_a_500_envelope_without_internals()
    {
        var (status, body) = await HandleAsync(new InvalidOperationException("connection string Password=hunter2 leaked"));

        Assert.Equal(500, status);
        Assert.Equal("true", (string?)body["error"]);
        Assert.Equal("500", (string?)body["code"]);
        Assert.Matches("^[0-9a-f]{32}$", (string?)body["trace_id"]);
        Assert.DoesNotContain("hunter2", body.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_request_exception_keeps_its_status()
    {
        var (status, body) = await HandleAsync(new BadHttpRequestException("Required parameter \"x\" was not provided.", 400));

        Assert.Equal(400, status);
        Assert.Contains("Required parameter", (string?)body["message"], StringComparison.Ordinal);
    }

    private static async Task<(int Status, JsonNode Body)> HandleAsync(Exception exception)
    {
        var context = new DefaultHttpContext();
        context.Response.Body = new MemoryStream();
        var handler = new EnvelopeExceptionHandler(NullLogger<EnvelopeExceptionHandler>.Instance);

        Assert.True(await handler.TryHandleAsync(context, exception, CancellationToken.None));

        context.Response.Body.Position = 0;
        return (context.Response.StatusCode, JsonNode.Parse(context.Response.Body)!);
    }
}
