using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Plateforme.Search.Catalogue.Store;

internal sealed class FundingCallConfiguration : IEntityTypeConfiguration<FundingCall>
{
    public void Configure(EntityTypeBuilder<FundingCall> builder)
    {
        builder.ToTable("FundingCalls");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();

        builder.Property(c => c.Slug).HasMaxLength(200);
        builder.Property(c => c.Title).HasMaxLength(500);
        builder.Property(c => c.ShortTitle).HasMaxLength(200);
        builder.Property(c => c.Territory).HasMaxLength(32);
        builder.Property(c => c.OriginUrl).HasMaxLength(2048);
        builder.Property(c => c.ApplicationUrl).HasMaxLength(2048);
        builder.Property(c => c.Fingerprint).HasMaxLength(400);
        builder.Property(c => c.State).HasMaxLength(16);
        builder.Property(c => c.Recurrence).HasMaxLength(16);
        builder.Property(c => c.RejectionReason).HasMaxLength(2000);
        builder.Property(c => c.PerimeterScale).HasMaxLength(64);
        builder.Property(c => c.EuropeanAid).HasMaxLength(32);
        builder.Property(c => c.AttributionMention).HasMaxLength(1000);
        builder.Property(c => c.AttributionLicence).HasMaxLength(64);
        builder.Property(c => c.AttributionUrl).HasMaxLength(2048);

        builder.Property(c => c.Windows).HasConversion(CallWindowsConversion.Converter, CallWindowsConversion.Comparer).HasMaxLength(4000);

        builder.HasIndex(c => c.Slug).IsUnique();
        builder.HasIndex(c => c.State);
        builder.HasIndex(c => c.Deadline);
        builder.HasIndex(c => c.Fingerprint);
        builder.HasIndex(c => c.SubmittedByOrganisationId);
        builder.HasIndex(c => c.RelayedByStructureId);

        builder.HasMany(c => c.Sources).WithOne().HasForeignKey(s => s.CallId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.History).WithOne().HasForeignKey(h => h.CallId).OnDelete(DeleteBehavior.Cascade);
    }
}
