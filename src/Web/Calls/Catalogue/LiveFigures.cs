

namespace Plateforme.Web.Calls.Catalogue;

/// <summary>"1 243 appels ouverts de 87 financeurs": who offers the money says more to a visitor than how many sites are read.</summary>
public sealed record LiveFigures(int OpenCalls, int Sources, int Funders);
