using Plateforme.Crawler.Scheduling;

// Standalone crawl worker (scheduled jobs) or one-off verbs: list, run <source or file>, run --all, validate <file>.
return await CrawlerCli.RunAsync(args, Console.Out, Console.Error);
