namespace Plateforme.Web.Lending.Documents;

public enum DocumentBlockKind
{
    Heading,
    Paragraph,

    /// <summary>Rows of a label and a value.</summary>
    Terms,

    /// <summary>The first row is the header; the last one the total.</summary>
    Table,

    /// <summary>A paragraph to notice (a provisional schedule).</summary>
    Notice,
}
