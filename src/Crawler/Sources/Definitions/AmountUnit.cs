namespace Plateforme.Crawler.Sources.Definitions;

/// <summary>The unit of plain numbers in a source's amount field (open data often gives 150000, 15000000 or 150).</summary>
public enum AmountUnit
{
    Euros,
    Cents,

    /// <summary>k€: "150" means 150 000 €.</summary>
    ThousandEuros,

    /// <summary>M€: "2" means 2 000 000 €.</summary>
    MillionEuros,
}
