using Plateforme.Search.Catalogue;

namespace Plateforme.DemoData;

/// <summary>The choices behind one demo call, shared by the code that writes its texts.</summary>
internal sealed record DemoCallPlan(
    DemoFunder Funder,
    DemoFunder? Partner,
    DemoSubject Subject,
    DemoProgramme? Programme,
    DemoPlace Place,
    int Year,
    FundingCall Call);
