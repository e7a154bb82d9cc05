using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plateforme.Search.Vocabulary;

namespace Plateforme.Search.Catalogue.Store;

internal sealed class VocabularyOverrideConfiguration : IEntityTypeConfiguration<VocabularyOverride>
{
    public void Configure(EntityTypeBuilder<VocabularyOverride> builder)
    {
        builder.ToTable("VocabularyOverrides");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.Terms).HasMaxLength(2000);
        builder.Property(o => o.DisabledKey).HasMaxLength(200);
        builder.Property(o => o.ChangedBy).HasMaxLength(256);

        // A shipped group is switched off once.
        builder.HasIndex(o => o.DisabledKey).IsUnique();
    }
}
