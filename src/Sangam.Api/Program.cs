using Sangam.Api.Accounts;
using Sangam.Api.Auth;
using Sangam.Api.Data;
using Sangam.Api.EInvoices;
using Sangam.Api.InvoiceOcr;
using Sangam.Api.OperatorCli;
using Sangam.Api.Platform.Hosting;
using Sangam.Api.Platform.Sandbox;
using Sangam.Api.Tracking;
using Sangam.Api.Usage;
using Sangam.Api.Vendors;
using Sangam.Api.Verification;
using Sangam.Api.WebConsole;

if (OperatorCommands.IsOperatorInvocation(args))
{
    return await OperatorCommands.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatform();
builder.AddSangamData();
builder.AddSandbox();
builder.Services.AddAuth();
builder.Services.AddAccounts();
builder.Services.AddVerification();
builder.AddVendors();
builder.AddEInvoices();
builder.AddTracking();
builder.Services.AddInvoiceOcr();
builder.Services.AddConsole();

var app = builder.Build();
app.UsePlatform();
app.MapPlatform();
app.MapAuth();
app.MapAccounts();
app.MapUsage();
app.MapVerification();
app.MapVendors();
app.MapEInvoices();
app.MapTracking();
app.MapInvoiceOcr();
app.MapConsole();
app.MapSandbox();
await app.RunAsync();
return 0;

/// <summary>Entry point; public so the tests' WebApplicationFactory can start the server.</summary>
public partial class Program;
