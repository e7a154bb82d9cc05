using Microsoft.EntityFrameworkCore;

namespace Plateforme.Lending.Accompaniments;

/// <summary>The accompaniment tables: one row per accompanied campaign, its meetings and its other financing.</summary>
internal static class AccompanimentModel
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<Accompaniment>(accompaniment =>
        {
            accompaniment.ToTable("Accompaniments");
            accompaniment.HasKey(a => a.CampaignId);
            accompaniment.HasIndex(a => a.StructureId);
            accompaniment.Property(a => a.CounsellorUserId).HasMaxLength(100);
            accompaniment.Property(a => a.Decision).HasConversion<string>().HasMaxLength(20);
            accompaniment.Property(a => a.DecisionNote).HasMaxLength(2000);
            accompaniment.Ignore(a => a.LeveragedCents);
            accompaniment.HasOne<Campaigns.Campaign>().WithOne().HasForeignKey<Accompaniment>(a => a.CampaignId).OnDelete(DeleteBehavior.Cascade);
            accompaniment.HasMany(a => a.Meetings).WithOne().HasForeignKey(m => m.CampaignId).OnDelete(DeleteBehavior.Cascade);
            accompaniment.HasMany(a => a.Financings).WithOne().HasForeignKey(f => f.CampaignId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<AccompanimentMeeting>(meeting =>
        {
            meeting.ToTable("AccompanimentMeetings");
            meeting.HasKey(m => m.Id);
            meeting.Property(m => m.Note).HasMaxLength(2000);
        });
        model.Entity<OtherFinancing>(financing =>
        {
            financing.ToTable("OtherFinancings");
            financing.HasKey(f => f.Id);
            financing.Property(f => f.Kind).HasConversion<string>().HasMaxLength(20);
            financing.Property(f => f.Provider).HasMaxLength(200);
            financing.ToTable(t => t.HasCheckConstraint("CK_OtherFinancings_Amount", "\"AmountCents\" > 0"));
        });
    }
}
