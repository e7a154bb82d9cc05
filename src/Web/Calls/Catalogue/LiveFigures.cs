

namespace Plateforme.Web.Calls.Catalogue;

/// <summary>"1 243 appels ouverts, 87 sources".</summary>
public sealed record LiveFigures(int OpenCalls, int Sources);
