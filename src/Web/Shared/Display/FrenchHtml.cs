using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Plateforme.Web.Shared.Display;

/// <summary>
/// The encoder for HTML the application writes as text: only what HTML needs escaped is, and accented letters stay
/// as they are (the default encoder writes « é » as « &amp;#xE9; », six characters for one).
/// </summary>
public static class FrenchHtml
{
    public static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
}
