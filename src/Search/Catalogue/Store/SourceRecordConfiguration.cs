using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Plateforme.Search.Catalogue.Store;

internal sealed class SourceRecordConfiguration : IEntityTypeConfiguration<SourceRecord>
{
    public void Configure(EntityTypeBuilder<SourceRecord> builder)
    {
        builder.ToTable("SourceRecords");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.SourceId).HasMaxLength(100);
        builder.Property(s => s.ExternalId).HasMaxLength(400);
        builder.Property(s => s.Url).HasMaxLength(2048);
        builder.Property(s => s.Licence).HasMaxLength(200);

        // The same listing of the same source is one record, whichever call it ends up attached to.
        builder.HasIndex(s => new { s.SourceId, s.ExternalId }).IsUnique();
    }
}
