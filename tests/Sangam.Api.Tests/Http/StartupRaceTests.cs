using Microsoft.EntityFrameworkCore;
using Sangam.Api.Data;
using Sangam.Api.Sandbox;

namespace Sangam.Api.Tests.Http;

/// <summary>
/// Nodes of one deployment started at the same moment on an empty database: every one comes up, the schema is
/// migrated once and the demo data seeded once.
/// </summary>
public sealed class StartupRaceTests
{
    private const int Rounds = 3;

    [Fact]
    public async Task Two_nodes_started_together_on_an_empty_database_both_come_up_with_the_data_seeded_once()
    {
        for (var round = 1; round <= Rounds; round++)
        {
            var first = new FirstNode();
            var second = new Node(first.Database);
            try
            {
                using var start = new Barrier(2);
                var starting = new SangamServer[] { first, second }.Select(node => Task.Run(async () =>
                {
                    start.SignalAndWait();
                    await node.InitializeAsync();
                }));

                var failure = await Record.ExceptionAsync(() => Task.WhenAll(starting));

                Assert.True(failure is null, $"round {round}: {failure}");
                foreach (var node in new SangamServer[] { first, second })
                {
                    using var client = node.CreateClient();
                    using var login = await client.PostAsJsonAsync("/api/v2/token-auth/", new { username = DemoAccount.Username, password = DemoAccount.Password });
                    Assert.Equal(HttpStatusCode.OK, login.StatusCode);
                }

                await using var scope = first.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<SangamDb>();
                Assert.Equal(1, await db.Accounts.CountAsync(a => a.Slug == DemoAccount.Slug));
                Assert.Equal(2, await db.Users.CountAsync(u => u.Account.Slug == DemoAccount.Slug));
                Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            }
            finally
            {
                await second.DisposeAsync();
                await first.DisposeAsync();
            }
        }
    }

    /// <summary>The first node, on a database that does not exist yet.</summary>
    private sealed class FirstNode() : SangamServer(TestDatabase.Empty(), ownsDatabase: true);

    /// <summary>A second node on the first one's database, which stays with the first.</summary>
    private sealed class Node(TestDatabase database) : SangamServer(database);
}
