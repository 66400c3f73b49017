using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Sangam.Api.Accounts;
using Sangam.Api.Data;
using Sangam.Api.Http.Errors;

namespace Sangam.Api.Http.Idempotency;

/// <summary>
/// <c>Idempotency-Key</c> on authenticated POSTs: the first response is stored for 24 hours and replayed for repeats
/// of the same request, so a retried create never does its work twice. A key reused with a different request is
/// refused (422); a repeat while the first is still running gets 409. Transient failures (429, 5xx) are not kept,
/// so the client's retry runs again.
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next, TimeProvider time)
{
    public const string HeaderName = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";
    public const int MaxKeyLength = 255;

    private static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    public async Task InvokeAsync(HttpContext context, SangamDb db)
    {
        string? key = context.Request.Headers[HeaderName];
        if (!HttpMethods.IsPost(context.Request.Method) || string.IsNullOrEmpty(key) || context.FindCaller() is not { } caller)
        {
            await next(context);
            return;
        }

        if (key.Length > MaxKeyLength)
        {
            await ApiError.BadRequest($"{HeaderName} must be at most {MaxKeyLength} characters.").ExecuteAsync(context);
            return;
        }

        var requestHash = await HashRequestAsync(context.Request);
        var now = time.GetUtcNow();
        var existing = await db.IdempotencyRecords.AsNoTracking()
            .FirstOrDefaultAsync(r => r.AccountId == caller.AccountId && r.Key == key, context.RequestAborted);
        if (existing is not null && existing.ExpiresAt > now)
        {
            await AnswerRepeatAsync(context, existing, requestHash);
            return;
        }

        if (existing is not null)
        {
            await db.IdempotencyRecords.Where(r => r.Id == existing.Id).ExecuteDeleteAsync(context.RequestAborted);
        }

        var record = new IdempotencyRecord
        {
            AccountId = caller.AccountId,
            Key = key,
            RequestHash = requestHash,
            CreatedAt = now,
            ExpiresAt = now + Retention,
        };
        db.IdempotencyRecords.Add(record);
        try
        {
            await db.SaveChangesAsync(context.RequestAborted);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            await ApiError.Conflict($"A request with this {HeaderName} is still being processed.").ExecuteAsync(context);
            return;
        }

        db.ChangeTracker.Clear();
        await RunAndStoreAsync(context, db, record.Id);
    }

    private async Task RunAndStoreAsync(HttpContext context, SangamDb db, long recordId)
    {
        var originalBody = context.Response.Body;
        await using var captured = new MemoryStream();
        context.Response.Body = captured;
        var keep = false;
        try
        {
            await next(context);
            var status = context.Response.StatusCode;
            keep = status < 500 && status != StatusCodes.Status429TooManyRequests;
            if (keep)
            {
                var body = captured.ToArray();
                var contentType = context.Response.ContentType;
                await db.IdempotencyRecords.Where(r => r.Id == recordId).ExecuteUpdateAsync(r => r
                    .SetProperty(x => x.IsCompleted, true)
                    .SetProperty(x => x.ResponseStatus, status)
                    .SetProperty(x => x.ResponseContentType, contentType)
                    .SetProperty(x => x.ResponseBody, body), CancellationToken.None);
            }
        }
        finally
        {
            context.Response.Body = originalBody;
            if (!keep)
            {
                await db.IdempotencyRecords.Where(r => r.Id == recordId).ExecuteDeleteAsync(CancellationToken.None);
            }
        }

        captured.Position = 0;
        await captured.CopyToAsync(originalBody, context.RequestAborted);
    }

    private static async Task AnswerRepeatAsync(HttpContext context, IdempotencyRecord existing, string requestHash)
    {
        if (existing.RequestHash != requestHash)
        {
            await ApiError.Unprocessable($"This {HeaderName} was already used with a different request. Use a new key for a new request.").ExecuteAsync(context);
            return;
        }

        if (!existing.IsCompleted)
        {
            await ApiError.Conflict($"A request with this {HeaderName} is still being processed.").ExecuteAsync(context);
            return;
        }

        context.Response.StatusCode = existing.ResponseStatus;
        context.Response.ContentType = existing.ResponseContentType;
        context.Response.Headers[ReplayedHeader] = "true";
        if (existing.ResponseBody is { Length: > 0 } body)
        {
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        }
    }

    private static async Task<string> HashRequestAsync(HttpRequest request)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        if (request.HasFormContentType)
        {
            // Multipart boundaries are random per encoding: hash the fields and files, not the bytes on the wire.
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            foreach (var field in form.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                hash.AppendData(Encoding.UTF8.GetBytes($"{field.Key}={field.Value}\n"));
            }

            foreach (var file in form.Files.OrderBy(f => f.Name, StringComparer.Ordinal))
            {
                hash.AppendData(Encoding.UTF8.GetBytes($"{file.Name}:{file.FileName}:{file.Length}\n"));
                await using var content = file.OpenReadStream();
                await AppendAsync(hash, content, request.HttpContext.RequestAborted);
            }
        }
        else
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{request.ContentType}\n"));
            request.EnableBuffering();
            await AppendAsync(hash, request.Body, request.HttpContext.RequestAborted);
            request.Body.Position = 0;
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static async Task AppendAsync(IncrementalHash hash, Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
        {
            hash.AppendData(buffer, 0, read);
        }
    }
}
