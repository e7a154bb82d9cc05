using Microsoft.Extensions.Hosting;
using Plateforme.Crawler.Pipeline;
using Plateforme.Crawler.Scheduling;

// Standalone crawl worker (scheduled jobs) or one-off verbs: list, run <source>, run --all.
var command = CrawlerCommand.Parse(args);
var builder = Host.CreateApplicationBuilder([.. command.HostArgs]);
builder.AddCrawler();
if (command.IsWorker)
{
    builder.AddCrawlerScheduling();
}

using var host = builder.Build();
return await CrawlerCli.ExecuteAsync(host, command, Console.Out);
