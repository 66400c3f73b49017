using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Sangam.Api.Webhooks;

namespace Sangam.Api.Tests.Webhooks;

[Trait(DatabaseUse.Trait, DatabaseUse.Incidental)]
public sealed class WebhookOptionsTests
{
    [Fact]
    public void Settings_under_their_earlier_tracking_section_still_apply_and_the_webhooks_section_wins()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Tracking:Webhooks:MaxAttempts"] = "3",
            ["Tracking:Webhooks:Timeout"] = "00:00:20",
            ["Webhooks:Timeout"] = "00:00:30",
            ["Webhooks:DeliveryRetention"] = "7.00:00:00",
        });
        builder.AddWebhooks();
        using var host = builder.Build();

        var options = host.Services.GetRequiredService<IOptions<WebhookOptions>>().Value;

        Assert.Equal(3, options.MaxAttempts);
        Assert.Equal(TimeSpan.FromSeconds(30), options.Timeout);
        Assert.Equal(TimeSpan.FromDays(7), options.DeliveryRetention);
        Assert.Equal(TimeSpan.FromSeconds(30), options.FirstRetryAfter);
    }
}
