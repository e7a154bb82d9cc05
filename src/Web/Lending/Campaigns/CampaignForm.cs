using Plateforme.Lending.Campaigns;
using Plateforme.Web.Shared.Forms;
using Plateforme.Web.Shared.Lending;

namespace Plateforme.Web.Lending.Campaigns;

/// <summary>
/// The guided draft form as posted. Amounts stay text until <see cref="EuroAmount"/> reads them; the lending
/// service does the validation and its messages come back keyed by <see cref="FieldFor"/>.
/// </summary>
public sealed class CampaignForm
{
    public string Title { get; set; } = "";

    public string Story { get; set; } = "";

    /// <summary>One of <see cref="CampaignCategories.All"/>, or <see cref="CampaignCategories.Other"/>.</summary>
    public string Category { get; set; } = "";

    /// <summary>The carrier's words when the category is « Autre ».</summary>
    public string CategoryOther { get; set; } = "";

    /// <summary>The territory code, once resolved or picked from the list of candidates.</summary>
    public string Territory { get; set; } = "";

    /// <summary>What the carrier typed: a commune's name or postal code.</summary>
    public string TerritoryText { get; set; } = "";

    public string Goal { get; set; } = "";

    public DateOnly? EndDate { get; set; }

    public int TermMonths { get; set; } = 12;

    public int GraceMonths { get; set; }

    /// <summary>
    /// False unless posted: an unticked checkbox sends nothing. The empty form starts it ticked (the service's default).
    /// </summary>
    public bool AcceptsDonations { get; set; }

    public FundingMode FundingMode { get; set; } = FundingMode.AllOrNothing;

    public string MinimumPledge { get; set; } = "";

    /// <summary>Set by the "submit for review" button; the other button only saves the draft.</summary>
    public bool Submit { get; set; }

    /// <summary>Fills the form with a saved draft, amounts written back as the form reads them.</summary>
    public static void Fill(CampaignForm form, Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(campaign);
        form.Title = campaign.Title;
        form.Story = campaign.StoryHtml;
        var listed = CampaignCategories.IsListed(campaign.Category);
        form.Category = listed ? campaign.Category : CampaignCategories.Other;
        form.CategoryOther = listed ? "" : campaign.Category;
        form.Territory = campaign.Territory;
        form.Goal = EuroAmount.ToInput(campaign.GoalCents);
        form.EndDate = campaign.EndDate;
        form.TermMonths = campaign.TermMonths;
        form.GraceMonths = campaign.GraceMonths;
        form.AcceptsDonations = campaign.AcceptsDonations;
        form.FundingMode = campaign.FundingMode;
        form.MinimumPledge = EuroAmount.ToInput(campaign.MinimumPledgeCents);
    }

    /// <summary>The form field that shows a service error keyed by a <see cref="CampaignDraft"/> property name.</summary>
    /// <summary>The category as stored: the listed one, or the carrier's own words for « Autre ».</summary>
    public string StoredCategory => Category == CampaignCategories.Other ? CategoryOther.Trim() : Category;

    public static string FieldFor(string draftProperty) => draftProperty switch
    {
        nameof(CampaignDraft.Territory) => nameof(TerritoryText),
        nameof(CampaignDraft.GoalCents) => nameof(Goal),
        nameof(CampaignDraft.MinimumPledgeCents) => nameof(MinimumPledge),
        _ => draftProperty,
    };
}
