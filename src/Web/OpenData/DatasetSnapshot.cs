namespace Plateforme.Web.OpenData;

/// <summary>The files of one day's dataset, built once and served as they are until the next day.</summary>
public sealed record DatasetSnapshot(DateOnly Day, DateTimeOffset GeneratedAt, int Count, byte[] Json, byte[] Csv, byte[] Catalogue);
