using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Plateforme.Crawler.Pipeline;
using Plateforme.Crawler.Scheduling;

// Standalone crawl worker (scheduled jobs) or one-off verbs: list, run <source>, run --all.
var command = CrawlerCommand.Parse(args);
var builder = Host.CreateApplicationBuilder([.. command.HostArgs]);
// The worker's own defaults (quiet EF Core and Quartz logs), beside the binary whatever the working folder.
var defaults = new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, "crawler.json"), optional: true).Build();
builder.Configuration.Sources.Insert(0, new ChainedConfigurationSource { Configuration = defaults });
builder.AddCrawler();
if (command.IsWorker)
{
    builder.AddCrawlerScheduling();
}

using var host = builder.Build();
return await CrawlerCli.ExecuteAsync(host, command, Console.Out);
