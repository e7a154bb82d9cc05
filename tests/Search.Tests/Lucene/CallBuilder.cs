using Plateforme.Search.Indexing;

namespace Plateforme.Search.Tests.Lucene;

/// <summary>Builds realistic calls for tests: a national, open-ended, one-off call unless told otherwise.</summary>
internal sealed class CallBuilder
{
    private static readonly DateTimeOffset DefaultPublishedAt = new(2026, 1, 5, 9, 0, 0, TimeSpan.FromHours(1));

    private CallDocument _call;

    private CallBuilder(string title)
    {
        _call = new CallDocument
        {
            Id = Guid.NewGuid(),
            Slug = Slugify(title),
            Title = title,
            Territory = new LabelledValue("nat:FR", "France"),
            TerritoryPath = ["nat:FR"],
            Recurrence = "ponctuelle",
            PublishedAt = DefaultPublishedAt,
        };
    }

    public static CallBuilder Call(string title) => new(title);

    public CallBuilder WithId(Guid id) => Set(_call with { Id = id });

    public CallBuilder Slug(string slug) => Set(_call with { Slug = slug });

    public CallBuilder Summary(string summary) => Set(_call with { Summary = summary });

    public CallBuilder Description(string description) => Set(_call with { DescriptionText = description });

    public CallBuilder Funder(string value, string label) => Set(_call with { Funders = [.. _call.Funders, new LabelledValue(value, label)] });

    public CallBuilder Theme(string value, string label) => Set(_call with { Themes = [.. _call.Themes, new LabelledValue(value, label)] });

    public CallBuilder SubTheme(string value, string label) => Set(_call with { SubThemes = [.. _call.SubThemes, new LabelledValue(value, label)] });

    public CallBuilder Keywords(params string[] keywords) => Set(_call with { Keywords = [.. _call.Keywords, .. keywords] });

    public CallBuilder Beneficiary(string value, string label) => Set(_call with { Beneficiaries = [.. _call.Beneficiaries, new LabelledValue(value, label)] });

    public CallBuilder AidType(string value, string label) => Set(_call with { AidTypes = [.. _call.AidTypes, new LabelledValue(value, label)] });

    public CallBuilder Destinations(params string[] destinations) => Set(_call with { Destinations = destinations });

    /// <summary>The call's perimeter, then the enclosing ones (its own code is put first on the path).</summary>
    public CallBuilder Territory(string value, string label, params string[] enclosing) =>
        Set(_call with { Territory = new LabelledValue(value, label), TerritoryPath = [value, .. enclosing] });

    public CallBuilder Opens(DateOnly? opensOn) => Set(_call with { OpensOn = opensOn });

    public CallBuilder Deadline(DateOnly? deadline, TimeOnly? time = null) => Set(_call with { Deadline = deadline, DeadlineTime = time });

    public CallBuilder Amounts(long? minCents, long? maxCents) => Set(_call with { MinAmountCents = minCents, MaxAmountCents = maxCents });

    public CallBuilder Rates(int? min, int? max) => Set(_call with { RateMinPercent = min, RateMaxPercent = max });

    public CallBuilder Envelope(long? cents) => Set(_call with { EnvelopeCents = cents });

    public CallBuilder CallForProjects(bool value = true) => Set(_call with { IsCallForProjects = value });

    public CallBuilder Recurrence(string slug) => Set(_call with { Recurrence = slug });

    public CallBuilder Published(DateTimeOffset at) => Set(_call with { PublishedAt = at });

    public CallDocument Build() => _call;

    public static implicit operator CallDocument(CallBuilder builder) => builder.Build();

    private CallBuilder Set(CallDocument call)
    {
        _call = call;
        return this;
    }

    private static string Slugify(string title)
    {
        var words = Plateforme.Search.Text.FrenchFolding.Words(title);
        return string.Join('-', words.Take(8));
    }
}
