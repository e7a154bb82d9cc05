using Microsoft.Extensions.Hosting;

// Standalone crawl worker; the connectors and the Quartz schedule register here as they land.
var builder = Host.CreateApplicationBuilder(args);
using var host = builder.Build();
await host.RunAsync();
