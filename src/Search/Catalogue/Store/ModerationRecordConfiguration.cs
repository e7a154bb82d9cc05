using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plateforme.Search.Moderation;

namespace Plateforme.Search.Catalogue.Store;

internal sealed class ModerationRecordConfiguration : IEntityTypeConfiguration<ModerationRecord>
{
    public void Configure(EntityTypeBuilder<ModerationRecord> builder)
    {
        builder.ToTable("ModerationRecords");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.CallTitle).HasMaxLength(500);
        builder.Property(r => r.Action).HasMaxLength(32);
        builder.Property(r => r.Reason).HasMaxLength(2000);
        builder.HasIndex(r => r.At);
        builder.HasIndex(r => r.ModeratorId);
        // A pending change is decided once: a second moderator's click fails here instead of applying it twice.
        builder.HasIndex(r => r.ChangeId).IsUnique();
    }
}
