namespace Sangam.Api.Tests.Ocr;

/// <summary>The second reading's network is part of the server: missing, it stops the start unless switched off.</summary>
[Trait(DatabaseUse.Trait, DatabaseUse.Incidental)]
public sealed class SecondReadingSettingsTests
{
    [Fact]
    public async Task A_folder_without_the_network_stops_the_start_naming_the_setting_and_the_way_out()
    {
        var folder = Directory.CreateTempSubdirectory("sangam-no-network-").FullName;
        try
        {
            var error = await new ConfiguredServer(new() { ["InvoiceOcr:LineModelDirectory"] = folder }).StartFailureAsync();

            Assert.Contains("InvoiceOcr:SecondReading is on but the PP-OCRv4 networks are missing", error, StringComparison.Ordinal);
            Assert.Contains(Path.Combine(folder, "ch_PP-OCRv4_rec_infer.onnx"), error, StringComparison.Ordinal);
            Assert.Contains("InvoiceOcr:SecondReading=false", error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Switched_off_the_server_starts_and_reads_without_it()
    {
        var server = new ConfiguredServer(new() { ["InvoiceOcr:SecondReading"] = "false", ["InvoiceOcr:LineModelDirectory"] = "/nonexistent" });
        await server.InitializeAsync();
        try
        {
            using var client = server.CreateClient();
            using var health = await client.GetAsync("/health/ready");

            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    private sealed class ConfiguredServer(Dictionary<string, string?> settings) : SangamServer
    {
        protected override IReadOnlyDictionary<string, string?> Settings => settings;
    }
}
