namespace Plateforme.Web.Lending.Documents;

public enum LoanDocumentKind
{
    /// <summary>The standard loan contract.</summary>
    Contract,

    /// <summary>The summary sheet of the terms.</summary>
    Summary,
}
