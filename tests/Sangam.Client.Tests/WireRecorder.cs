using System.Collections.Concurrent;
using Sangam.Client;

namespace Sangam.Client.Tests;

/// <summary>
/// An SDK client whose HTTP handler keeps the body of every answer, so a test gets the server's JSON of exactly the
/// request an SDK method sends.
/// </summary>
internal sealed class WireRecorder : DelegatingHandler
{
    private static readonly string[] TokenPaths = ["/api/v2/token-auth/", "/api/v2/api-token-refresh/"];

    private readonly ConcurrentQueue<(string Call, string Body)> _answers = new();
    private readonly HttpClient _http;

    public WireRecorder(SangamServer server, TestUser user)
        : base(new SocketsHttpHandler())
    {
        _http = new HttpClient(this, disposeHandler: false);
        Client = server.ClientFor(user, http: _http);
    }

    public SangamClient Client { get; }

    /// <summary>
    /// Runs an SDK call and returns its result with the body of the one answer it read, leaving aside the login the
    /// client makes on its own before a first call.
    /// </summary>
    public async Task<(T Result, JsonNode Body)> CaptureAsync<T>(Func<SangamClient, Task<T>> call)
    {
        _answers.Clear();
        var result = await call(Client);
        var answers = _answers.ToList();
        var (_, body) = Xunit.Assert.Single(answers.Count == 1 ? answers : answers.Where(answer => !TokenPaths.Contains(answer.Call.Split(' ')[1])));
        return (result, JsonNode.Parse(body)!);
    }

    /// <summary>The body of the one API answer an SDK call read.</summary>
    public async Task<JsonNode> BodyOfAsync<T>(Func<SangamClient, Task<T>> call) => (await CaptureAsync(call)).Body;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        _answers.Enqueue(($"{request.Method} {request.RequestUri!.AbsolutePath}", await response.Content.ReadAsStringAsync(cancellationToken)));
        return response;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Client.Dispose();
            _http.Dispose();
        }

        base.Dispose(disposing);
    }
}
