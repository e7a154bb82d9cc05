namespace Plateforme.DemoData;

/// <summary>How a demo funder usually helps, which decides aid types and amounts of its calls.</summary>
internal enum DemoFunding
{
    /// <summary>Grants for projects, per-project amounts in the thousands of euros.</summary>
    Grants,

    /// <summary>Larger grants for equipment and works, sometimes repayable advances.</summary>
    Investment,

    /// <summary>Loans, guarantees and help to build a financing plan.</summary>
    Loans,

    /// <summary>Engineering (studies, expertise) more than money.</summary>
    Engineering,

    /// <summary>Prizes and awards with a fixed sum for a few winners.</summary>
    Prizes,
}
