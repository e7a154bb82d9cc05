using Plateforme.Search.Catalogue;

namespace Plateforme.Web.Calls.Display;

/// <summary>
/// A source's HTML version of a text field is shown instead of the plain text, unless a moderator corrected that
/// plain text by hand: the correction is then what people must read.
/// </summary>
public static class SourceHtml
{
    public static string? Contact(FundingCall call) => Of(call, call.ContactHtml, nameof(FundingCall.Contact));

    public static string? ProjectExamples(FundingCall call) => Of(call, call.ProjectExamplesHtml, nameof(FundingCall.ProjectExamples));

    private static string? Of(FundingCall call, string? html, string plainField)
    {
        ArgumentNullException.ThrowIfNull(call);
        return string.IsNullOrWhiteSpace(html) || call.ModeratorEditedFields.Contains(plainField, StringComparer.Ordinal) ? null : html;
    }
}
