namespace Plateforme.DemoData;

/// <summary>What a demo subject pays for: running costs, equipment and works, or either.</summary>
internal enum DemoSpending
{
    Operating,
    Investment,
    Both,
}
