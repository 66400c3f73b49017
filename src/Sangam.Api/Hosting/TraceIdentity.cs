using System.Diagnostics;

namespace Sangam.Api.Hosting;

/// <summary>
/// Gives every request a W3C trace id, echoed in the <c>X-Trace-Id</c> response header and in error bodies,
/// so a customer can quote it and an operator can find the log line.
/// </summary>
public static class TraceIdentity
{
    public const string HeaderName = "X-Trace-Id";

    private const string ItemKey = "sangam.trace_id";

    public static string TraceId(this HttpContext httpContext)
    {
        if (httpContext.Items.TryGetValue(ItemKey, out var existing) && existing is string id)
        {
            return id;
        }

        var traceId = Activity.Current?.TraceId.ToHexString() ?? ActivityTraceId.CreateRandom().ToHexString();
        httpContext.Items[ItemKey] = traceId;
        return traceId;
    }

    public static IApplicationBuilder UseTraceIdentity(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.Headers[HeaderName] = context.TraceId();
            return next(context);
        });
}
