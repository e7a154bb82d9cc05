using Plateforme.Crawler.Extraction.Amounts;
using Plateforme.Crawler.Fetching.Decoding;
using Plateforme.Crawler.Extraction.Dates;
using Plateforme.Crawler.Extraction.Detection;
using Plateforme.Crawler.Extraction.Html;
using Plateforme.Crawler.Extraction.Identity;
using Plateforme.Crawler.Sources;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Indexing;
using Plateforme.Search.Reference;

namespace Plateforme.Crawler.Extraction;

/// <summary>
/// Turns a <see cref="RawCall"/> (the source's own words) into a <see cref="NormalizedCall"/> (the catalogue's
/// values). What a dedicated field says wins; when a field is missing or unreadable the page text is searched
/// near telling words ("date limite", "plafond"), and each such guess leaves a warning for the moderator.
/// Pure apart from the clock; one instance can serve every thread.
/// </summary>
public sealed class CallNormalizer
{
    private readonly TimeProvider clock;
    private readonly HtmlCleaner cleaner = new();
    private readonly ThemeDetector themes;
    private readonly TerritoryResolver territories;

    public CallNormalizer(TimeProvider clock, TerritoryDirectory? directory = null, ThemeTaxonomy? taxonomy = null)
    {
        this.clock = clock;
        themes = taxonomy is null ? ThemeDetector.Default : new ThemeDetector(taxonomy);
        territories = directory is null ? TerritoryResolver.Default : new TerritoryResolver(directory);
    }

    public NormalizedCall Normalize(RawCall raw, SourceContext source)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(source);
        raw = RepairEncoding(raw);
        var warnings = new List<ExtractionWarning>();
        var today = CallStatusRules.TodayInParis(clock);

        var description = cleaner.Clean(raw.DescriptionHtml, raw.Url);
        var summaryText = HtmlCleaner.ToPlainText(raw.SummaryHtml);
        var summary = summaryText.Length > 0 ? HtmlCleaner.Summarize(summaryText) : description.Summary;
        var funders = FundersOf(raw.FunderText, source.DefaultFunder, warnings);
        var title = TitleOf(raw, funders, warnings);
        var body = string.Join('\n', new[] { summaryText, description.PlainText }.Where(t => t.Length > 0));

        var dates = DatesOf(raw, body, new DateParseContext(raw.PageDate ?? today, today, DateParseContext.OrderOf(raw.NumericDateFormat)), warnings);
        var amounts = AmountsOf(raw, body, warnings);
        var aidTypes = AidTypesOf(raw, title, body, amounts, warnings);
        var detectedThemes = ThemesOf(raw, title, body, warnings);
        var beneficiaries = BeneficiariesOf(raw, title, body, warnings);
        var territory = TerritoryOf(raw, title, body, source, warnings);

        // On an aggregator the funder's own page is the origin; the listing stays the source's URL.
        var origin = raw.OriginUrl is { IsAbsoluteUri: true } funderPage ? funderPage : raw.Url;
        return new NormalizedCall
        {
            SourceId = source.SourceId,
            ExternalId = raw.ExternalId,
            Licence = source.Licence,
            RawPayload = raw.RawPayload,
            Title = title,
            Summary = summary.Length > 0 ? summary : null,
            DescriptionHtml = description.Html.Length > 0 ? description.Html : null,
            Contact = string.IsNullOrWhiteSpace(raw.ContactText) ? null : FrenchText.CollapseWhiteSpace(raw.ContactText),
            Eligibility = NullIfEmpty(HtmlCleaner.ToPlainText(raw.EligibilityText)),
            Funders = funders,
            Beneficiaries = beneficiaries,
            AidTypes = aidTypes,
            Destinations = DestinationsOf(raw.AidTypeText + "\n" + title + "\n" + body),
            Themes = detectedThemes.Themes,
            SubThemes = detectedThemes.SubThemes,
            Territory = territory,
            OpensOn = dates.OpensOn,
            Deadline = dates.Deadline,
            DeadlineTime = dates.DeadlineTime,
            PreDepositDeadline = dates.PreDepositDeadline,
            Windows = dates.Windows,
            Recurrence = dates.Recurrence,
            MinAmountCents = amounts.MinAmountCents,
            MaxAmountCents = amounts.MaxAmountCents,
            RateMinPercent = amounts.RateMinPercent,
            RateMaxPercent = amounts.RateMaxPercent,
            EnvelopeCents = amounts.EnvelopeCents,
            MaxWinners = amounts.MaxWinners,
            IsCallForProjects = raw.IsCallForProjects ?? CallForProjectsDetector.IsCallForProjects(raw.Title, raw.AidTypeText, raw.ThemesText, summaryText),
            SourceUrl = WithoutTracking(raw.Url),
            OriginUrl = WithoutTracking(origin),
            CanonicalUrl = origin.IsAbsoluteUri ? UrlCanonicalizer.Canonicalize(origin).AbsoluteUri : origin.OriginalString,
            ApplicationUrl = ApplicationUrlOf(raw),
            Fingerprint = CallFingerprint.Compute(title, funders.FirstOrDefault(), dates.Deadline),
            Warnings = warnings,
        };
    }

    private static DateExtraction DatesOf(RawCall raw, string body, DateParseContext context, List<ExtractionWarning> warnings)
    {
        var dates = FrenchDateParser.Parse(raw.DeadlineText, context);
        if (!string.IsNullOrWhiteSpace(raw.DeadlineText) && dates.IsEmpty) warnings.Add(ExtractionWarnings.DeadlineUnreadable);
        if (dates.IsEmpty)
        {
            dates = FrenchDateParser.FindInPage(body, context);
            if (dates.IsEmpty) dates = FrenchDateParser.FindInPage(raw.PageText, context);
            if (dates.Deadline is not null) warnings.Add(ExtractionWarnings.DeadlineFromPage);
        }

        if (!string.IsNullOrWhiteSpace(raw.OpeningText))
        {
            var opening = FrenchDateParser.ParseOpening(raw.OpeningText, context);
            if (opening is null) warnings.Add(ExtractionWarnings.OpeningUnreadable);
            else if (dates.Deadline is null || opening <= dates.Deadline) dates = dates with { OpensOn = opening };
        }

        // The source's own word on recurrence ("Permanente") wins over what the wording suggests.
        if (StatedRecurrence.Read(raw.RecurrenceText) is { } stated) dates = dates with { Recurrence = stated };

        if (dates.Deadline is null && dates.Recurrence != Recurrence.Permanent) warnings.Add(ExtractionWarnings.DeadlineMissing);
        if (dates.Deadline is { } deadline && deadline < context.Today) warnings.Add(ExtractionWarnings.DeadlinePassed);
        return dates;
    }

    private static AmountExtraction AmountsOf(RawCall raw, string body, List<ExtractionWarning> warnings)
    {
        var amounts = FrenchAmountParser.Parse(raw.AmountText);
        if (!string.IsNullOrWhiteSpace(raw.AmountText) && amounts.IsEmpty) warnings.Add(ExtractionWarnings.AmountUnreadable);
        if (amounts.MaxAmountCents is not null && amounts.RateMaxPercent is not null && amounts.EnvelopeCents is not null) return amounts;

        // Fill what the field did not say from the page, never overriding it.
        var fromPage = FrenchAmountParser.FindInPage(body);
        if (fromPage.IsEmpty) fromPage = FrenchAmountParser.FindInPage(raw.PageText);
        var merged = new AmountExtraction
        {
            MinAmountCents = amounts.MinAmountCents ?? (amounts.MaxAmountCents is null ? fromPage.MinAmountCents : null),
            MaxAmountCents = amounts.MaxAmountCents ?? (amounts.MinAmountCents is null ? fromPage.MaxAmountCents : null),
            RateMinPercent = amounts.RateMinPercent ?? (amounts.RateMaxPercent is null ? fromPage.RateMinPercent : null),
            RateMaxPercent = amounts.RateMaxPercent ?? (amounts.RateMinPercent is null ? fromPage.RateMaxPercent : null),
            EnvelopeCents = amounts.EnvelopeCents ?? fromPage.EnvelopeCents,
            MaxWinners = amounts.MaxWinners ?? fromPage.MaxWinners,
        };
        if (merged != amounts) warnings.Add(ExtractionWarnings.AmountFromPage);
        return merged;
    }

    private static List<string> FundersOf(string? funderText, string? defaultFunder, List<ExtractionWarning> warnings)
    {
        var funders = SplitFunders(funderText ?? "")
            .Select(FrenchText.CollapseWhiteSpace)
            .Where(f => f.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (funders.Count == 0 && !string.IsNullOrWhiteSpace(defaultFunder)) funders.Add(defaultFunder.Trim());
        if (funders.Count == 0) warnings.Add(ExtractionWarnings.FunderMissing);
        return funders;
    }

    /// <summary>
    /// Funders are separated by ";", "|" or lines, and by commas only when every part is a name ("Région Grand Est,
    /// Ademe"): "Ministère de l'Intérieur, des Outre-mer et des Collectivités" stays one funder.
    /// </summary>
    private static IEnumerable<string> SplitFunders(string text)
    {
        var options = StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries;
        foreach (var part in text.Split([';', '\n', '|', '•'], options))
        {
            var byComma = part.Split(',', options);
            if (byComma.All(p => char.IsUpper(p[0]))) foreach (var name in byComma) yield return name;
            else yield return part;
        }
    }

    /// <summary>The title without extra spaces and without a trailing " - Funder" that news sites append.</summary>
    private static string TitleOf(RawCall raw, List<string> funders, List<ExtractionWarning> warnings)
    {
        var title = FrenchText.CollapseWhiteSpace(raw.Title);
        foreach (var funder in funders)
        {
            foreach (var separator in new[] { " - ", " – ", " | " })
            {
                var suffix = separator + funder;
                if (title.Length > suffix.Length + 3 && title.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) title = title[..^suffix.Length].TrimEnd();
            }
        }
        if (title.Length > 0) return title;
        warnings.Add(ExtractionWarnings.TitleMissing);
        return raw.ExternalId;
    }

    private static List<string> AidTypesOf(RawCall raw, string title, string body, AmountExtraction amounts, List<ExtractionWarning> warnings)
    {
        var aidTypes = AidTypeDetector.Detect(raw.AidTypeText, isAidTypeField: true).ToList();
        if (aidTypes.Count == 0) aidTypes = AidTypeDetector.Detect(title + "\n" + raw.AmountText + "\n" + body).ToList();
        if (aidTypes.Count == 0 && (amounts.MaxAmountCents is not null || amounts.RateMaxPercent is not null))
        {
            aidTypes.Add(AidTypeSlugs.Grant);
            warnings.Add(ExtractionWarnings.AidTypeGuessed);
        }
        return aidTypes;
    }

    private ThemeDetection ThemesOf(RawCall raw, string title, string body, List<ExtractionWarning> warnings)
    {
        var detection = themes.FromField(raw.ThemesText);
        if (detection.Themes.Count == 0) detection = themes.Detect(title, body);
        if (detection.Themes.Count == 0) warnings.Add(ExtractionWarnings.ThemesMissing);
        return detection;
    }

    private static IReadOnlyList<string> BeneficiariesOf(RawCall raw, string title, string body, List<ExtractionWarning> warnings)
    {
        var beneficiaries = BeneficiaryDetector.Detect(raw.BeneficiariesText, isBeneficiaryField: true);
        if (beneficiaries.Count == 0)
        {
            var section = raw.EligibilityText ?? PageSections.Beneficiaries(body) ?? PageSections.Beneficiaries(raw.PageText);
            beneficiaries = BeneficiaryDetector.Detect(section ?? title + "\n" + body);
        }
        if (beneficiaries.Count == 0) warnings.Add(ExtractionWarnings.BeneficiariesMissing);
        return beneficiaries;
    }

    private string TerritoryOf(RawCall raw, string title, string body, SourceContext source, List<ExtractionWarning> warnings)
    {
        var code = territories.Resolve(raw.TerritoryText) ?? territories.Resolve(title + "\n" + body, isTerritoryField: false);
        // A source's territory is set by whoever configured the source: no need to ask a moderator about it.
        code ??= territories.Resolve(source.DefaultTerritory);
        if (code is { } found) return found.ToString();
        warnings.Add(ExtractionWarnings.TerritoryUnresolved);
        return TerritoryCode.National.ToString();
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static string WithoutTracking(Uri url) => url.IsAbsoluteUri ? UrlCanonicalizer.RemoveTrackingParameters(url).AbsoluteUri : url.OriginalString;

    /// <summary>The application link, made absolute against the page ("/deposer") and without tracking parameters.</summary>
    private static string? ApplicationUrlOf(RawCall raw)
    {
        if (raw.ApplicationUrl is not { } link) return null;
        if (!link.IsAbsoluteUri)
        {
            if (!raw.Url.IsAbsoluteUri || !Uri.TryCreate(raw.Url, link, out var resolved)) return null;
            link = resolved;
        }
        return UrlCanonicalizer.RemoveTrackingParameters(link).AbsoluteUri;
    }

    private static RawCall RepairEncoding(RawCall raw) => raw with
    {
        Title = Repair(raw.Title) ?? "",
        DeadlineText = Repair(raw.DeadlineText),
        OpeningText = Repair(raw.OpeningText),
        AmountText = Repair(raw.AmountText),
        SummaryHtml = Repair(raw.SummaryHtml),
        DescriptionHtml = Repair(raw.DescriptionHtml),
        FunderText = Repair(raw.FunderText),
        BeneficiariesText = Repair(raw.BeneficiariesText),
        ThemesText = Repair(raw.ThemesText),
        TerritoryText = Repair(raw.TerritoryText),
        AidTypeText = Repair(raw.AidTypeText),
        ContactText = Repair(raw.ContactText),
        EligibilityText = Repair(raw.EligibilityText),
        PageText = Repair(raw.PageText),
    };

    /// <summary>Feeds decoded with the wrong charset ("CollectivitÃ©s") reach extraction without passing the fetcher's repair.</summary>
    /// <summary>Also half characters (lone surrogates) become U+FFFD: the stored call must encode to UTF-8.</summary>
    private static string? Repair(string? text) => text is null ? null : MojibakeRepair.Repair(FrenchText.WellFormed(text));

    private static List<string> DestinationsOf(string text)
    {
        var folded = FrenchText.FoldWords(text);
        var destinations = new List<string>(2);
        if (FrenchText.ContainsPhrase(folded, "fonctionnement")) destinations.Add(DestinationSlugs.Operating);
        if (FrenchText.ContainsPhrase(folded, "investissement") || FrenchText.ContainsPhrase(folded, "investissements")) destinations.Add(DestinationSlugs.Investment);
        return destinations;
    }
}
