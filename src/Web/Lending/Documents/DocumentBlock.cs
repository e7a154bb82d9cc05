namespace Plateforme.Web.Lending.Documents;

/// <summary>One block of a loan document, rendered the same way as HTML and as PDF.</summary>
public sealed record DocumentBlock(DocumentBlockKind Kind, string Text, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    public static DocumentBlock Heading(string text) => new(DocumentBlockKind.Heading, text, []);

    public static DocumentBlock Paragraph(string text) => new(DocumentBlockKind.Paragraph, text, []);

    public static DocumentBlock Notice(string text) => new(DocumentBlockKind.Notice, text, []);
}
